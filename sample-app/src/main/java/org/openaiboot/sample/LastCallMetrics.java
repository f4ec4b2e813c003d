package org.openaiboot.sample;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.jspecify.annotations.Nullable;
import org.openaiboot.client.observation.DefaultOpenAIClientObservationConvention;

import org.springframework.stereotype.Component;

/**
 * The figures of the page's last action, read from the starter's own meters: what the
 * {@code openai.client.*} meters counted between a snapshot taken before the action and
 * one taken after it. An action may make several calls (a tool loop makes one per
 * round), whose figures are added up. The meters are the application's, so a call made
 * by someone else meanwhile would be counted too: fine for a sample used by one person.
 */
@Component
class LastCallMetrics {

	private static final String REQUESTS = DefaultOpenAIClientObservationConvention.NAME;

	private static final String TOKENS = "openai.client.tokens";

	private static final String RETRIES = "openai.client.retries";

	private static final String FIRST_CHUNK = "openai.client.stream.first-chunk";

	private final MeterRegistry registry;

	private volatile @Nullable LastCall last;

	LastCallMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	/** What the meters hold now, to be given to {@link #finish(Snapshot)} after the action. */
	Snapshot start() {
		Map<Meter.Id, Reading> readings = new HashMap<>();
		for (String name : new String[] { REQUESTS, FIRST_CHUNK }) {
			for (Timer timer : this.registry.find(name).timers()) {
				readings.put(timer.getId(), new Reading(timer.count(), timer.totalTime(TimeUnit.NANOSECONDS)));
			}
		}
		for (String name : new String[] { TOKENS, RETRIES }) {
			for (Counter counter : this.registry.find(name).counters()) {
				readings.put(counter.getId(), new Reading(counter.count(), 0));
			}
		}
		return new Snapshot(readings);
	}

	/** Keep what the meters counted since the snapshot as the last action's figures. */
	void finish(Snapshot before) {
		Snapshot after = start();
		TreeSet<String> models = new TreeSet<>();
		TreeSet<String> outcomes = new TreeSet<>();
		double calls = 0;
		double totalNanos = 0;
		double streams = 0;
		double firstChunkNanos = 0;
		double inputTokens = 0;
		double outputTokens = 0;
		double retries = 0;
		for (Map.Entry<Meter.Id, Reading> entry : after.readings().entrySet()) {
			Meter.Id id = entry.getKey();
			Reading was = before.readings().getOrDefault(id, Reading.NONE);
			double count = entry.getValue().count() - was.count();
			double total = entry.getValue().total() - was.total();
			if (count == 0) {
				continue;
			}
			switch (id.getName()) {
				case REQUESTS -> {
					calls += count;
					totalNanos += total;
					models.add(String.valueOf(id.getTag("openai.model")));
					outcomes.add(String.valueOf(id.getTag("outcome")));
				}
				case FIRST_CHUNK -> {
					streams += count;
					firstChunkNanos += total;
				}
				case TOKENS -> {
					if ("prompt".equals(id.getTag("type"))) {
						inputTokens += count;
					}
					else if ("completion".equals(id.getTag("type"))) {
						outputTokens += count;
					}
				}
				case RETRIES -> retries += count;
				default -> {
				}
			}
		}
		this.last = new LastCall(String.join(", ", models), String.join(", ", outcomes), (long) calls,
				(long) retries, (long) inputTokens, (long) outputTokens,
				(streams > 0) ? millis(firstChunkNanos) : null, millis(totalNanos));
	}

	@Nullable LastCall last() {
		return this.last;
	}

	private static double millis(double nanos) {
		return Math.round(nanos / 1e5) / 10.0;
	}

	/** The meters' values at one moment. */
	record Snapshot(Map<Meter.Id, Reading> readings) {
	}

	/** A meter's count, and a timer's total time in nanoseconds. */
	record Reading(double count, double total) {

		static final Reading NONE = new Reading(0, 0);

	}

	/**
	 * The figures of the last action.
	 * @param model the {@code openai.model} tag of its calls (the model asked for)
	 * @param outcome the {@code outcome} tag of its calls, such as {@code SUCCESS}
	 * @param calls the calls made ({@code openai.client.requests} count)
	 * @param retries the retries ({@code openai.client.retries})
	 * @param inputTokens the prompt tokens ({@code openai.client.tokens}, type prompt)
	 * @param outputTokens the completion tokens ({@code openai.client.tokens}, type
	 * completion)
	 * @param firstChunkMillis the time from sending a streamed call to its first chunk
	 * ({@code openai.client.stream.first-chunk}), or {@code null} when nothing was streamed
	 * @param totalMillis the time spent in the calls, retries included
	 * ({@code openai.client.requests} total time)
	 */
	record LastCall(String model, String outcome, long calls, long retries, long inputTokens, long outputTokens,
			@Nullable Double firstChunkMillis, double totalMillis) {
	}

}
