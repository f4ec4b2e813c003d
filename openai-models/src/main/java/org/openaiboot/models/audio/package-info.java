/**
 * Speech synthesis, transcription and translation.
 */
@NullMarked
package org.openaiboot.models.audio;

import org.jspecify.annotations.NullMarked;
