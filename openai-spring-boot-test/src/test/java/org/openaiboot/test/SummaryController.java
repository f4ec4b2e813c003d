package org.openaiboot.test;

import org.openaiboot.test.SummaryApplication.Summarizer;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web endpoint of the application a user tests.
 */
@RestController
class SummaryController {

	private final Summarizer summarizer;

	SummaryController(Summarizer summarizer) {
		this.summarizer = summarizer;
	}

	@PostMapping("/summaries")
	String summarize(@RequestBody String text) {
		return this.summarizer.summarize(text);
	}

}
