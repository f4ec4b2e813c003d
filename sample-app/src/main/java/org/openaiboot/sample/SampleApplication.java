package org.openaiboot.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A web app that chats through the OpenAI starter. Without an API key it talks to the
 * offline demo endpoint it embeds (see {@link DemoModeEnvironmentPostProcessor}).
 */
@SpringBootApplication
public class SampleApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleApplication.class, args);
	}

}
