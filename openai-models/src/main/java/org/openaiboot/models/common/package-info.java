/**
 * Types shared by several resources: errors, usage, functions and the validation every builder applies.
 */
@NullMarked
package org.openaiboot.models.common;

import org.jspecify.annotations.NullMarked;
