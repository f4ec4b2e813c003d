/**
 * Legacy text completions.
 */
@NullMarked
package org.openaiboot.models.completions;

import org.jspecify.annotations.NullMarked;
