/**
 * Image generation, edits and variations.
 */
@NullMarked
package org.openaiboot.models.images;

import org.jspecify.annotations.NullMarked;
