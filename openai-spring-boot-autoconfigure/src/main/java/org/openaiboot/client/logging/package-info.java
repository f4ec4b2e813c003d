/**
 * Internal; not part of the API. The logging of requests and responses that
 * {@link org.openaiboot.client.LoggingSettings} switches on: credentials masked, bodies
 * cut to a size as they are streamed, never read just to be logged.
 */
@NullMarked
package org.openaiboot.client.logging;

import org.jspecify.annotations.NullMarked;
