/**
 * Chat completions: requests, messages, tools and the (streamed) responses.
 */
@NullMarked
package org.openaiboot.models.chat;

import org.jspecify.annotations.NullMarked;
