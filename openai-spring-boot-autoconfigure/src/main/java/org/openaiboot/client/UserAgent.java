package org.openaiboot.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code User-Agent} the clients send: this library, its version, and the Java
 * version.
 */
final class UserAgent {

	static final String VERSION = readVersion();

	static final String VALUE = "openai-spring-boot/" + VERSION + " Java/" + Runtime.version().feature();

	private UserAgent() {
	}

	private static String readVersion() {
		try (InputStream in = UserAgent.class.getResourceAsStream("version.properties")) {
			Properties properties = new Properties();
			if (in != null) {
				properties.load(in);
			}
			return properties.getProperty("version", "unknown");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
