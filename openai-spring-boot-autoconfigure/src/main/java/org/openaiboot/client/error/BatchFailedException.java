package org.openaiboot.client.error;

import java.util.List;
import java.util.stream.Collectors;

import org.openaiboot.models.batches.Batch;
import org.openaiboot.models.batches.BatchError;

/**
 * A batch ended {@code failed}: its input was refused as a whole, so it has no results.
 * The message lists the errors the batch reports, such as a line of the input that is not
 * a valid request.
 *
 * @see org.openaiboot.client.BatchRunner
 */
public class BatchFailedException extends OpenAIException {

	private final transient Batch batch;

	public BatchFailedException(Batch batch) {
		super("The batch " + batch.id() + " failed: " + describe(batch));
		this.batch = batch;
	}

	private static String describe(Batch batch) {
		List<BatchError> errors = (batch.errors() != null && batch.errors().data() != null) ? batch.errors().data()
				: List.of();
		if (errors.isEmpty()) {
			return "it reports no errors";
		}
		return errors.stream()
			.map((error) -> ((error.line() != null) ? "line " + error.line() + ": " : "") + error.code() + " "
					+ error.message())
			.collect(Collectors.joining("; "));
	}

	/**
	 * The batch as it ended.
	 * @return the batch
	 */
	public Batch getBatch() {
		return this.batch;
	}

}
