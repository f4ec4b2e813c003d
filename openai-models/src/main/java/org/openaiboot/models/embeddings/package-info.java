/**
 * Embedding vectors for text and tokens.
 */
@NullMarked
package org.openaiboot.models.embeddings;

import org.jspecify.annotations.NullMarked;
