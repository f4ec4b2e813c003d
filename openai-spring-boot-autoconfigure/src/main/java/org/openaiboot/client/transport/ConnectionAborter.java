package org.openaiboot.client.transport;

import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.openaiboot.client.logging.ExchangeLog;

import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.ClassUtils;

/**
 * Drops the connection of a response whose body the caller abandoned. Closing an Apache
 * HttpClient response reads the rest of the body so that the connection can be reused,
 * which for an event stream means waiting for the model to finish; aborting discards the
 * connection at once. Other engines stop reading when the body is closed.
 * <p>
 * Internal; not part of the API.
 */
public final class ConnectionAborter {

	private static final boolean APACHE_PRESENT = ClassUtils
		.isPresent("org.apache.hc.core5.http.io.EofSensorInputStream", ConnectionAborter.class.getClassLoader());

	private ConnectionAborter() {
	}

	public static void abort(ClientHttpResponse response) {
		try {
			InputStream body = ExchangeLog.unwrap(response).getBody();
			if (APACHE_PRESENT && Apache.abort(body)) {
				return;
			}
			body.close();
		}
		catch (IOException ex) {
			// the connection is being dropped anyway
		}
	}

	private static final class Apache {

		static boolean abort(InputStream body) throws IOException {
			if (body instanceof EofSensorInputStream sensor) {
				sensor.abort();
				return true;
			}
			return false;
		}

	}

}
