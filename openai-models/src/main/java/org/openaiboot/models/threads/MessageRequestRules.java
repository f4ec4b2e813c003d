package org.openaiboot.models.threads;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openaiboot.models.common.Validate;
import org.openaiboot.models.common.ValidationException;

/**
 * The checks of the messages a request sends to a thread, which the generated builders
 * cannot make: text content must not be empty, and the messages a thread or run request
 * holds are checked like a message request of their own, with the field names they have in
 * the request ({@code messages[1].content}, {@code thread.messages[0].content}). The
 * builders of {@link CreateMessageRequest}, {@link CreateThreadRequest},
 * {@link CreateThreadAndRunRequest} and {@link CreateRunRequest} call these checks after
 * their own (see {@code validators:} in {@code models.yaml}).
 */
public final class MessageRequestRules {

	/** The shortest text content of a message. */
	public static final int CONTENT_MIN_LENGTH = 1;

	/** The longest text content of a message. */
	public static final int CONTENT_MAX_LENGTH = 32768;

	/** The fewest files a message that lists files may name. */
	public static final int FILE_IDS_MIN_SIZE = 1;

	/** The most files a message may name. */
	public static final int FILE_IDS_MAX_SIZE = 10;

	private MessageRequestRules() {
	}

	/**
	 * Check a message request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateMessageRequest request) {
		checkMessage(request, "");
	}

	/**
	 * Check each message of a thread request.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateThreadRequest request) {
		checkThread(request, "");
	}

	/**
	 * Check the thread a thread-and-run request creates, with each of its messages.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateThreadAndRunRequest request) {
		if (request.thread() != null) {
			checkThread(request.thread(), "thread.");
		}
	}

	/**
	 * Check each message a run request adds to its thread.
	 * @param request the request as built
	 * @throws ValidationException naming the field, the rule and the value
	 */
	public static void check(CreateRunRequest request) {
		checkMessages(request.additionalMessages(), "additional_messages");
	}

	private static void checkThread(CreateThreadRequest thread, String path) {
		checkMessages(thread.messages(), path + "messages");
		Validate.metadata(thread.metadata(), path + "metadata");
	}

	private static void checkMessages(@Nullable List<CreateMessageRequest> messages, String field) {
		if (messages == null) {
			return;
		}
		for (int i = 0; i < messages.size(); i++) {
			String path = field + "[" + i + "]";
			checkMessage(Validate.required(messages.get(i), path), path + ".");
		}
	}

	/**
	 * Check one message as its builder does, and its text content's shortest length,
	 * naming fields after {@code path} (empty at the top level, such as {@code messages[0].}
	 * in a thread).
	 */
	private static void checkMessage(CreateMessageRequest message, String path) {
		Validate.required(message.role(), path + "role");
		CreateMessageRequest.Content content = Validate.required(message.content(), path + "content");
		if (content instanceof CreateMessageRequest.Content.OfString text) {
			String value = Validate.required(text.value(), path + "content");
			if (value.length() < CONTENT_MIN_LENGTH) {
				throw new ValidationException(path + "content",
						"must be at least " + CONTENT_MIN_LENGTH + " character long", value);
			}
			Validate.maxLength(value, path + "content", CONTENT_MAX_LENGTH);
		}
		else if (content instanceof CreateMessageRequest.Content.OfList parts) {
			Validate.notEmpty(parts.items(), path + "content");
		}
		Validate.sizeBetween(message.fileIds(), path + "file_ids", FILE_IDS_MIN_SIZE, FILE_IDS_MAX_SIZE);
		Validate.metadata(message.metadata(), path + "metadata");
	}

}
