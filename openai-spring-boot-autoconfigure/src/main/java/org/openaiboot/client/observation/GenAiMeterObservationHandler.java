package org.openaiboot.client.observation;

import java.time.Duration;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter.MeterProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.jspecify.annotations.Nullable;

/**
 * Records the meters of the OpenTelemetry semantic conventions for generative AI clients
 * from the {@code openai.client.requests} observation of the operations they cover:
 * {@code gen_ai.client.operation.duration} (seconds), {@code gen_ai.client.token.usage}
 * (tokens, with {@code gen_ai.token.type} {@code input} or {@code output}) and, for
 * streams, {@code gen_ai.client.operation.time_to_first_chunk} (seconds). They are
 * histograms with the bucket boundaries the conventions advise, and they are
 * distribution summaries rather than timers so that every registry exports them in
 * seconds, as the conventions name their unit.
 * <p>
 * Register it on the {@code ObservationRegistry} the transport observes with; the
 * auto-configuration does.
 */
public class GenAiMeterObservationHandler implements ObservationHandler<OpenAIClientObservationContext> {

	static final String DURATION = "gen_ai.client.operation.duration";

	static final String TOKEN_USAGE = "gen_ai.client.token.usage";

	static final String FIRST_CHUNK = "gen_ai.client.operation.time_to_first_chunk";

	private static final double[] SECONDS = { 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 0.64, 1.28, 2.56, 5.12, 10.24,
			20.48, 40.96, 81.92 };

	private static final double[] TOKENS = { 1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 1048576, 4194304,
			16777216, 67108864 };

	private final MeterRegistry registry;

	private final MeterProvider<DistributionSummary> duration;

	private final MeterProvider<DistributionSummary> firstChunk;

	private final MeterProvider<DistributionSummary> tokenUsage;

	public GenAiMeterObservationHandler(MeterRegistry registry) {
		this.registry = registry;
		this.duration = seconds(DURATION, "Duration of generative AI operations").withRegistry(registry);
		this.firstChunk = seconds(FIRST_CHUNK, "Time to the first chunk of streamed generative AI operations")
			.withRegistry(registry);
		this.tokenUsage = DistributionSummary.builder(TOKEN_USAGE)
			.description("Tokens used by generative AI operations")
			.baseUnit("{token}")
			.serviceLevelObjectives(TOKENS)
			.withRegistry(registry);
	}

	@Override
	public boolean supportsContext(Observation.Context context) {
		return context instanceof OpenAIClientObservationContext call
				&& GenAiAttributes.operationName(call.getOperation()) != null;
	}

	@Override
	public void onStart(OpenAIClientObservationContext context) {
		context.put(StartTime.class, new StartTime(this.registry.config().clock().monotonicTime()));
	}

	@Override
	public void onStop(OpenAIClientObservationContext context) {
		String operationName = GenAiAttributes.operationName(context.getOperation());
		StartTime start = context.get(StartTime.class);
		if (operationName == null || start == null) {
			return;
		}
		long elapsed = this.registry.config().clock().monotonicTime() - start.nanos();
		Tags tags = tags(GenAiAttributes.of(context, operationName, true));
		this.duration.withTags(tags).record(elapsed / 1e9);
		Duration firstChunk = context.getFirstChunk();
		if (firstChunk != null) {
			this.firstChunk.withTags(tags).record(firstChunk.toNanos() / 1e9);
		}
		Tags usageTags = tags(GenAiAttributes.of(context, operationName, false));
		tokens("input", context.getInputTokens(), usageTags);
		tokens("output", context.getOutputTokens(), usageTags);
	}

	private void tokens(String type, @Nullable Integer count, Tags tags) {
		if (count != null) {
			this.tokenUsage.withTags(tags.and(GenAiAttributes.TOKEN_TYPE, type)).record(count);
		}
	}

	private static DistributionSummary.Builder seconds(String name, String description) {
		return DistributionSummary.builder(name).description(description).baseUnit("s").serviceLevelObjectives(SECONDS);
	}

	private static Tags tags(KeyValues values) {
		Tags tags = Tags.empty();
		for (KeyValue value : values) {
			tags = tags.and(Tag.of(value.getKey(), value.getValue()));
		}
		return tags;
	}

	/** When the observation started, in the registry clock's monotonic time. */
	private record StartTime(long nanos) {

	}

}
