/**
 * Internal; not part of the API. The machinery under
 * {@link org.openaiboot.client.OpenAITransport}: the retry loop and its back-off, the call
 * deadline and the sweeper that enforces it and the idle timeout of open responses, the
 * translation of engine failures into the exceptions of
 * {@link org.openaiboot.client.error}, bounded reading of bodies, secret masking, and the
 * tuning of the HTTP engines. Its public types are public only so that the client
 * packages can reach them, and may change in any release.
 */
@NullMarked
package org.openaiboot.client.transport;

import org.jspecify.annotations.NullMarked;
