package org.openaiboot.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.util.Assert;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The answers scripted for the requests of one operation, or of one method and path
 * pattern, played in the order they were given; the last one answers every request
 * after it. Returned by {@link OpenAIMockServer#on}.
 * <pre class="code">
 * server.on("createEmbedding")
 *     .respond(OpenAIMockAnswers.serverError())
 *     .thenRespond(embeddingResponse);
 * </pre>
 */
public final class OpenAIMockStubbing {

	private final @Nullable String operation;

	private final @Nullable HttpMethod method;

	private final @Nullable PathPattern pathPattern;

	private final List<OpenAIMockAnswer> answers = new CopyOnWriteArrayList<>();

	private final AtomicInteger calls = new AtomicInteger();

	private OpenAIMockStubbing(@Nullable String operation, @Nullable HttpMethod method,
			@Nullable PathPattern pathPattern) {
		this.operation = operation;
		this.method = method;
		this.pathPattern = pathPattern;
	}

	static OpenAIMockStubbing forOperation(String operation) {
		return new OpenAIMockStubbing(operation, null, null);
	}

	static OpenAIMockStubbing forPath(HttpMethod method, String pathPattern) {
		return new OpenAIMockStubbing(null, method, OpenAIOperations.parse(pathPattern));
	}

	/**
	 * Answer with the given answer, after the answers scripted before it.
	 * @param answer the answer
	 * @return this stubbing, to script the next answer
	 */
	public OpenAIMockStubbing respond(OpenAIMockAnswer answer) {
		Assert.notNull(answer, "answer must not be null");
		this.answers.add(answer);
		return this;
	}

	/**
	 * Answer {@code 200} with the given object written as JSON, such as a
	 * {@code CreateChatCompletionResponse}, after the answers scripted before it.
	 * @param body the body
	 * @return this stubbing, to script the next answer
	 * @see OpenAIMockAnswers#json(Object)
	 */
	public OpenAIMockStubbing respond(Object body) {
		return respond(OpenAIMockAnswers.json(body));
	}

	/**
	 * Answer with the given answer once the answers scripted before it are played.
	 * @param answer the answer
	 * @return this stubbing, to script the next answer
	 */
	public OpenAIMockStubbing thenRespond(OpenAIMockAnswer answer) {
		return respond(answer);
	}

	/**
	 * Answer {@code 200} with the given object written as JSON once the answers scripted
	 * before it are played.
	 * @param body the body
	 * @return this stubbing, to script the next answer
	 */
	public OpenAIMockStubbing thenRespond(Object body) {
		return respond(body);
	}

	boolean matches(@Nullable String operation, HttpMethod method, String path) {
		if (this.operation != null) {
			return this.operation.equals(operation);
		}
		return method.equals(this.method) && this.pathPattern != null
				&& this.pathPattern.matches(PathContainer.parsePath(path));
	}

	/**
	 * The answer to the next request, counting it.
	 * @return the answer, or {@code null} if none was scripted yet
	 */
	@Nullable OpenAIMockAnswer nextAnswer() {
		if (this.answers.isEmpty()) {
			return null;
		}
		int call = this.calls.getAndIncrement();
		return this.answers.get(Math.min(call, this.answers.size() - 1));
	}

	@Override
	public String toString() {
		return (this.operation != null) ? this.operation : this.method + " " + this.pathPattern;
	}

}
