package org.openaiboot.client;

import java.io.IOException;

import io.micrometer.observation.Observation;
import org.openaiboot.client.error.ApiExceptionMapper;
import org.openaiboot.client.transport.ConnectionAborter;

import org.springframework.http.client.ClientHttpResponse;

/**
 * What the transport makes of the response that ends a call: either a {@link Reader}
 * reads its body whole, or an {@link Opener} hands it out open, to be read as it
 * arrives. Either way an error status becomes the exception that
 * {@link ApiExceptionMapper} chooses, before the handler sees the response.
 *
 * @param <R> the type of the answer
 */
sealed interface ResponseHandler<R> permits ResponseHandler.Reader, ResponseHandler.Opener {

	/**
	 * Whether the response stays open once the exchange is over, for the answer to close.
	 * @return {@code true} for an open answer, whose observation goes on until it is
	 * closed
	 */
	boolean keepsOpen();

	/**
	 * Make the answer of a response.
	 * @param response the response of the call's last attempt
	 * @param observation the call's observation
	 * @param errors chooses the exception for an error status
	 * @return the answer
	 * @throws IOException if the response cannot be read
	 */
	R handle(ClientHttpResponse response, Observation observation, ApiExceptionMapper errors) throws IOException;

	/**
	 * Reads the body whole while the call's time limit runs; the response is closed
	 * after.
	 *
	 * @param <R> the type of the answer
	 */
	@FunctionalInterface
	non-sealed interface Reader<R> extends ResponseHandler<R> {

		/**
		 * Read a response whose status is not an error.
		 * @param response the response
		 * @return the answer
		 * @throws IOException if the body cannot be read
		 */
		R read(ClientHttpResponse response) throws IOException;

		@Override
		default boolean keepsOpen() {
			return false;
		}

		@Override
		default R handle(ClientHttpResponse response, Observation observation, ApiExceptionMapper errors)
				throws IOException {
			if (ApiExceptionMapper.isError(response)) {
				throw errors.exception(response);
			}
			return read(response);
		}

	}

	/**
	 * Hands the response out open. What it returns must close the response and stop
	 * the observation when it is closed; the call's time limit ends here, and a stream's
	 * idle timeout takes over.
	 *
	 * @param <R> the type of the answer
	 */
	@FunctionalInterface
	non-sealed interface Opener<R> extends ResponseHandler<R> {

		/**
		 * Wrap a response whose status is not an error.
		 * @param response the open response
		 * @param observation the call's observation, for the answer to stop
		 * @return the answer
		 * @throws IOException if the body cannot be opened
		 */
		R open(ClientHttpResponse response, Observation observation) throws IOException;

		@Override
		default boolean keepsOpen() {
			return true;
		}

		@Override
		default R handle(ClientHttpResponse response, Observation observation, ApiExceptionMapper errors)
				throws IOException {
			if (ApiExceptionMapper.isError(response)) {
				try (response) {
					throw errors.exception(response);
				}
			}
			try {
				return open(response, observation);
			}
			catch (IOException | RuntimeException ex) {
				// nobody will read the body: drop the connection rather than drain it
				ConnectionAborter.abort(response);
				response.close();
				throw ex;
			}
		}

	}

}
