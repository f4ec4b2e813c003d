/**
 * Content moderation.
 */
@NullMarked
package org.openaiboot.models.moderations;

import org.jspecify.annotations.NullMarked;
