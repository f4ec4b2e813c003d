/**
 * The models an account can use.
 */
@NullMarked
package org.openaiboot.models.models;

import org.jspecify.annotations.NullMarked;
