/**
 * Hints for Spring AOT and GraalVM native images: what the clients and the models they
 * bind reach by reflection or load as resources.
 */
@NullMarked
package org.openaiboot.autoconfigure.aot;

import org.jspecify.annotations.NullMarked;
