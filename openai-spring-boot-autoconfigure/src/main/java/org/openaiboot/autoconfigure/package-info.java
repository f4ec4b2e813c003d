/**
 * Spring Boot auto-configuration of the OpenAI clients, bound from {@code openai.*}.
 */
@NullMarked
package org.openaiboot.autoconfigure;

import org.jspecify.annotations.NullMarked;
