/**
 * Threads, messages, runs and run steps of the Assistants API (beta, v1).
 */
@NullMarked
package org.openaiboot.models.threads;

import org.jspecify.annotations.NullMarked;
