/**
 * A sample application of the OpenAI Spring Boot starter.
 */
@NullMarked
package org.openaiboot.sample;

import org.jspecify.annotations.NullMarked;
