/**
 * Clients for the OpenAI REST API on Spring's {@code RestClient}: one transport shared by
 * every resource client, typed exceptions, retries and Micrometer observations. Usable
 * without Spring Boot.
 */
@NullMarked
package org.openaiboot.client;

import org.jspecify.annotations.NullMarked;
