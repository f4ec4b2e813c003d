/**
 * What a call reports to Micrometer: the {@code openai.client.requests} observation, its
 * context and its convention (replace the default one to change names or tags), and the
 * meters besides it (token usage, retries, time to the first chunk of a stream), which
 * {@link org.openaiboot.client.observation.OpenAIMetrics} records for the transport. The
 * OpenTelemetry semantic conventions for generative AI clients come on top:
 * {@link org.openaiboot.client.observation.GenAiClientObservationConvention} names the
 * span and gives it the {@code gen_ai.*} attributes, and
 * {@link org.openaiboot.client.observation.GenAiMeterObservationHandler} records the
 * {@code gen_ai.client.*} meters.
 */
@NullMarked
package org.openaiboot.client.observation;

import org.jspecify.annotations.NullMarked;
