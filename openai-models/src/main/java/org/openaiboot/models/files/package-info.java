/**
 * Uploaded files.
 */
@NullMarked
package org.openaiboot.models.files;

import org.jspecify.annotations.NullMarked;
