/**
 * Fine-tuning jobs and their events.
 */
@NullMarked
package org.openaiboot.models.finetuning;

import org.jspecify.annotations.NullMarked;
