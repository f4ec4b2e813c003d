package org.openaiboot.client.observation;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.ApiCall;
import org.openaiboot.client.TokenUsage;

/**
 * The meters besides the {@code openai.client.requests} observation: token usage, retries
 * and the time to the first chunk of a stream. Does nothing without a
 * {@link MeterRegistry}.
 * <p>
 * Internal; not part of the API.
 */
public final class OpenAIMetrics {

	static final String TOKENS = "openai.client.tokens";

	static final String RETRIES = "openai.client.retries";

	static final String FIRST_CHUNK = "openai.client.stream.first-chunk";

	/** The tag that names the connection a meter's calls were sent on. */
	public static final String CONNECTION = "openai.connection";

	/** The name of the connection configured with {@code openai.*} itself. */
	public static final String DEFAULT_CONNECTION = "default";

	private static final Observation.Event FIRST_CHUNK_EVENT = Observation.Event.of("gen_ai.first_chunk",
			"first chunk");

	private static final OpenAIMetrics NONE = new OpenAIMetrics(null, DEFAULT_CONNECTION);

	private final @Nullable MeterProvider<Counter> tokens;

	private final @Nullable MeterProvider<Counter> retries;

	private final @Nullable MeterProvider<Timer> firstChunk;

	private OpenAIMetrics(@Nullable MeterRegistry registry, String connection) {
		if (registry == null) {
			this.tokens = null;
			this.retries = null;
			this.firstChunk = null;
			return;
		}
		this.tokens = Counter.builder(TOKENS)
			.description("Tokens used by OpenAI API calls")
			.baseUnit("tokens")
			.tag(CONNECTION, connection)
			.withRegistry(registry);
		this.retries = Counter.builder(RETRIES)
			.description("Retries of OpenAI API calls")
			.tag(CONNECTION, connection)
			.withRegistry(registry);
		this.firstChunk = Timer.builder(FIRST_CHUNK)
			.description("Time from sending a streaming OpenAI API call to its first chunk")
			.tag(CONNECTION, connection)
			.withRegistry(registry);
	}

	/**
	 * The meters of the calls of one connection, tagged with its name.
	 * @param meterRegistry the registry, or {@code null} to record nothing
	 * @param connection the connection's name, the {@value #CONNECTION} tag
	 * @return the meters
	 */
	public static OpenAIMetrics of(@Nullable MeterRegistry meterRegistry, String connection) {
		return (meterRegistry != null) ? new OpenAIMetrics(meterRegistry, connection) : NONE;
	}

	/**
	 * Record the tokens an answer of a call used, when its operation declared where the
	 * answer tells them: the one place {@value #TOKENS} is recorded from, for whole
	 * responses and for each chunk of a stream. The tokens and the model that answered
	 * are also added to the call's observation context, for the {@code gen_ai.*}
	 * conventions.
	 * @param call the call
	 * @param answer its response, or a chunk of its stream
	 * @param observation the call's observation
	 */
	public void usage(ApiCall call, Object answer, Observation observation) {
		TokenUsage usage = call.usage();
		OpenAIClientObservationContext context = (observation
			.getContext() instanceof OpenAIClientObservationContext found) ? found : null;
		if (usage == null || (this.tokens == null && context == null)) {
			return;
		}
		TokenUsage.Counts counts = usage.read(answer);
		if (context != null) {
			String responseModel = usage.model(answer);
			if (responseModel != null) {
				context.setResponseModel(responseModel);
			}
			if (counts != null) {
				context.addUsage(counts);
			}
		}
		if (counts != null && this.tokens != null) {
			String model = tag(call.model());
			increment("prompt", call.operation(), model, counts.input());
			increment("completion", call.operation(), model, counts.output());
			if (counts.cached() != null) {
				increment("cached", call.operation(), model, counts.cached());
			}
			if (counts.reasoning() != null) {
				increment("reasoning", call.operation(), model, counts.reasoning());
			}
		}
	}

	private void increment(String type, String operation, String model, int tokens) {
		if (this.tokens != null) {
			this.tokens.withTags("type", type, "openai.operation", operation, "openai.model", model).increment(tokens);
		}
	}

	public void retry(String operation, String reason) {
		if (this.retries != null) {
			this.retries.withTags("openai.operation", operation, "reason", reason).increment();
		}
	}

	/**
	 * Record the time to the first chunk of a stream, in {@value #FIRST_CHUNK} and in the
	 * call's observation, as an event its span shows.
	 * @param call the call
	 * @param observation the call's observation
	 * @param elapsed the time from sending the call to its first chunk
	 */
	public void firstChunk(ApiCall call, Observation observation, Duration elapsed) {
		if (observation.getContext() instanceof OpenAIClientObservationContext context) {
			context.setFirstChunk(elapsed);
		}
		observation.event(FIRST_CHUNK_EVENT);
		if (this.firstChunk != null) {
			this.firstChunk.withTags("openai.operation", call.operation(), "openai.model", tag(call.model()))
				.record(elapsed);
		}
	}

	static String tag(@Nullable String value) {
		return (value != null) ? value : "none";
	}

}
