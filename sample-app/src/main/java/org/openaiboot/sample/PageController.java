package org.openaiboot.sample;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page's small endpoints: {@code GET /api/page} tells what the sample runs on, and
 * {@code GET /api/page/last-call} the figures of the last action (see
 * {@link LastCallMetrics}), 204 before the first.
 */
@RestController
@RequestMapping("/api/page")
class PageController {

	private final String model;

	private final boolean demo;

	private final LastCallMetrics metrics;

	PageController(@Value("${sample.model}") String model,
			@Value("${" + DemoModeEnvironmentPostProcessor.DEMO_ENABLED + ":false}") boolean demo,
			LastCallMetrics metrics) {
		this.model = model;
		this.demo = demo;
		this.metrics = metrics;
	}

	@GetMapping
	PageInfo info() {
		return new PageInfo(this.model, this.demo, this.demo ? DemoError.RATE_LIMIT_WORD : null);
	}

	@GetMapping("/last-call")
	ResponseEntity<LastCallMetrics.LastCall> lastCall() {
		LastCallMetrics.LastCall last = this.metrics.last();
		return (last != null) ? ResponseEntity.ok(last) : ResponseEntity.noContent().build();
	}

	/**
	 * What the sample runs on.
	 * @param model the model it asks for
	 * @param demo whether it runs on its offline demo
	 * @param failureWord the word that makes the demo answer 429, or {@code null} off the demo
	 */
	record PageInfo(String model, boolean demo, @Nullable String failureWord) {
	}

}
