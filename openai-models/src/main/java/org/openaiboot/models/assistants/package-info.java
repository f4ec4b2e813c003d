/**
 * Assistants (beta, v1) and the files attached to them.
 */
@NullMarked
package org.openaiboot.models.assistants;

import org.jspecify.annotations.NullMarked;
