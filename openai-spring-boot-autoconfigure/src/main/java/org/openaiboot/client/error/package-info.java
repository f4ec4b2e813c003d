/**
 * The exceptions a call can end with, all rooted at {@link OpenAIException}: an
 * {@link OpenAIApiException}, with one subclass per family of HTTP status, when the API
 * answered with an error; an {@link OpenAIConnectionException} when no answer arrived in
 * time or at all; and the exceptions for an answer that could not be read or was too
 * large. {@link ApiExceptionMapper}, internal, is the one place that turns a status and an
 * error body into the matching exception. {@link InvalidWebhookException} is the one
 * exception not of a call: a webhook delivery that was refused.
 */
@NullMarked
package org.openaiboot.client.error;

import org.jspecify.annotations.NullMarked;
