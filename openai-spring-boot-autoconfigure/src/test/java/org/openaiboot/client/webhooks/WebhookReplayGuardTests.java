package org.openaiboot.client.webhooks;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.error.InvalidWebhookException.Reason;
import org.openaiboot.client.webhooks.TestWebhooks.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

@Timeout(10)
class WebhookReplayGuardTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private final MovableClock clock = new MovableClock(NOW);

	private final WebhookReplayGuard guard = new WebhookReplayGuard(3, Duration.ofMinutes(5), this.clock);

	@Test
	void refusesAnIdAcceptedAlready() {
		this.guard.check(delivery("wh_1", NOW));
		this.guard.check(delivery("wh_2", NOW));
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.guard.check(delivery("wh_1", NOW.plusSeconds(10))))
			.withMessage("The webhook wh_1 was accepted already")
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.REPLAYED));
	}

	@Test
	void forgetsAnIdOnceItsTimestampIsOutsideTheTolerance() {
		this.guard.check(delivery("wh_1", NOW));
		this.clock.advance(Duration.ofMinutes(5));
		assertRefused("wh_1");
		this.clock.advance(Duration.ofSeconds(1));
		assertThatNoException().isThrownBy(() -> this.guard.check(delivery("wh_1", NOW)));
	}

	@Test
	void remembersAtMostItsCapacityForgettingTheOldestFirst() {
		for (int i = 1; i <= 4; i++) {
			this.guard.check(delivery("wh_" + i, NOW));
		}
		assertRefused("wh_2");
		assertRefused("wh_3");
		assertRefused("wh_4");
		assertThatNoException().isThrownBy(() -> this.guard.check(delivery("wh_1", NOW)));
	}

	@Test
	void staysBoundedWhateverArrives() {
		WebhookReplayGuard small = new WebhookReplayGuard(100, Duration.ofMinutes(5), this.clock);
		for (int i = 0; i < 200_000; i++) {
			small.check(delivery("wh_" + i, NOW));
		}
		// the last hundred are remembered, every earlier one was let go
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> small.check(delivery("wh_199999", NOW)));
		assertThatNoException().isThrownBy(() -> small.check(delivery("wh_199899", NOW)));
	}

	@Test
	void acceptsAnIdAgainOnceForgotten() {
		this.guard.check(delivery("wh_1", NOW));
		this.guard.forget("wh_1");
		assertThatNoException().isThrownBy(() -> this.guard.check(delivery("wh_1", NOW)));
	}

	@Test
	void refusesANonPositiveCapacityOrTolerance() {
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookReplayGuard(0, Duration.ofMinutes(5), this.clock))
			.withMessage("capacity must be positive, but was 0");
		assertThatIllegalArgumentException().isThrownBy(() -> new WebhookReplayGuard(1, Duration.ZERO, this.clock))
			.withMessage("tolerance must be positive, but was PT0S");
	}

	private void assertRefused(String id) {
		assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> this.guard.check(delivery(id, NOW)));
	}

	private static WebhookDelivery delivery(String id, Instant timestamp) {
		return new WebhookDelivery(id, timestamp, "batch.completed", new Object());
	}

}
