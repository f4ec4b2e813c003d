package org.openaiboot.test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * Auto-configuration of an {@link OpenAIMockServer} that the OpenAI clients are pointed
 * at, imported by {@link AutoConfigureOpenAIMock}.
 */
@AutoConfiguration
public final class OpenAIMockAutoConfiguration {

	@Bean(destroyMethod = "close")
	@ConditionalOnMissingBean
	OpenAIMockServer openAIMockServer() {
		return OpenAIMockServer.start();
	}

	@Bean
	DynamicPropertyRegistrar openAIMockServerProperties(OpenAIMockServer openAIMockServer, Environment environment) {
		return new OpenAIMockPropertiesRegistrar(openAIMockServer, environment);
	}

}
