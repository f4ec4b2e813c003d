package org.openaiboot.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Annotation on a test class that points the application's OpenAI clients at an
 * {@link OpenAIMockServer}, a fake of the API on a free loopback port, instead of the
 * network. The server is a bean to script and inspect, reset after each test method and
 * stopped with the application context:
 * <pre class="code">
 * &#64;SpringBootTest
 * &#64;AutoConfigureOpenAIMock
 * class SummarizerTests {
 *
 *     &#64;Autowired
 *     OpenAIMockServer server;
 *
 *     // ...
 * }
 * </pre>
 * It sets {@code openai.base-url} and every {@code openai.resources.<name>.base-url} the
 * application sets to the server's URL, and {@code openai.api-key} to a dummy key when
 * the application has none. It also imports the clients' auto-configuration, so that it
 * works in slice tests such as {@code @WebMvcTest} too.
 *
 * @see OpenAIMockAutoConfiguration
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureOpenAIMock {

}
