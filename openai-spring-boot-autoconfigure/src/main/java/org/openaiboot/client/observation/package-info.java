/**
 * What a call reports to Micrometer: the {@code openai.client.requests} observation, its
 * context and its convention (replace the default one to change names or tags), and the
 * meters besides it (token usage, retries, time to the first chunk of a stream), which
 * {@link org.openaiboot.client.observation.OpenAIMetrics} records for the transport.
 */
@NullMarked
package org.openaiboot.client.observation;

import org.jspecify.annotations.NullMarked;
