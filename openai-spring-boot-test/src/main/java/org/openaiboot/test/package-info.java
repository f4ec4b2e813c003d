/**
 * Testing support for applications that call the OpenAI API through the starter: an
 * in-process fake of the API that the clients are pointed at, scripted and inspected by
 * operation.
 */
@NullMarked
package org.openaiboot.test;

import org.jspecify.annotations.NullMarked;
