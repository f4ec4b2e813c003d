package org.openaiboot.benchmarks;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A plain, non-web Spring Boot application with the starter and
 * {@code spring-boot-starter-micrometer-metrics} on the class path: auto-configuration
 * gives it Boot's {@code RestClient.Builder}, HTTP engine, {@code SimpleMeterRegistry} and
 * {@code ObservationRegistry}, as any Boot application would get them.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
public class BenchApplication {

	/**
	 * Start the application.
	 * @param baseUrl the OpenAI base URL, or {@code null} for none
	 * @param withStarter whether {@code OpenAIAutoConfiguration} applies
	 * @param extra more properties, {@code name=value}
	 * @return the context
	 */
	public static ConfigurableApplicationContext start(String baseUrl, boolean withStarter, String... extra) {
		List<String> properties = new ArrayList<>(List.of("openai.api-key=sk-benchmark", "logging.level.root=WARN",
				"spring.main.log-startup-info=false"));
		if (baseUrl != null) {
			properties.add("openai.base-url=" + baseUrl);
		}
		properties.addAll(List.of(extra));
		if (!withStarter) {
			properties.add("spring.autoconfigure.exclude=org.openaiboot.autoconfigure.OpenAIAutoConfiguration");
		}
		return new SpringApplicationBuilder(BenchApplication.class).web(WebApplicationType.NONE)
			.bannerMode(Banner.Mode.OFF)
			.properties(properties.toArray(String[]::new))
			.run();
	}

}
