package org.openaiboot.client.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openaiboot.client.OpenAITransport;
import org.openaiboot.client.error.InvalidWebhookException;
import org.openaiboot.client.error.InvalidWebhookException.Reason;
import org.openaiboot.models.webhooks.WebhookResponseCompleted;

import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.openaiboot.client.webhooks.TestWebhooks.SECRET;

@Timeout(10)
class WebhookVerifierTests {

	private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

	private static final String ID = "wh_685342e6c53c8190a1be43f081506c52";

	private static final String BODY = TestWebhooks.payload(WebhookResponseCompleted.TYPE, "evt_1");

	private final WebhookVerifier verifier = verifier(SECRET);

	private static WebhookVerifier verifier(String secret) {
		return new WebhookVerifier(secret, Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC),
				OpenAITransport.createJsonMapper());
	}

	@Test
	void verifiesTheExampleOfTheStandardWebhooksLibraries() {
		Instant sentAt = Instant.ofEpochSecond(1614265330);
		WebhookVerifier verifier = new WebhookVerifier("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Duration.ofMinutes(5),
				Clock.fixed(sentAt, ZoneOffset.UTC), OpenAITransport.createJsonMapper());
		HttpHeaders headers = new HttpHeaders();
		headers.set("webhook-id", "msg_p5jXN8AQM9LWM0D4loKWxJek");
		headers.set("webhook-timestamp", "1614265330");
		headers.set("webhook-signature", "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
		assertThat(verifier.verify("{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8), headers))
			.isEqualTo(sentAt);
	}

	@Test
	void unwrapsASignedDeliveryAsTheRecordOfItsType() {
		WebhookDelivery delivery = unwrap(BODY, TestWebhooks.headers(ID, NOW.minusSeconds(30), BODY));
		assertThat(delivery.webhookId()).isEqualTo(ID);
		assertThat(delivery.timestamp()).isEqualTo(NOW.minusSeconds(30));
		assertThat(delivery.type()).isEqualTo("response.completed");
		assertThat(delivery.payload()).isInstanceOfSatisfying(WebhookResponseCompleted.class, (completed) -> {
			assertThat(completed.id()).isEqualTo("evt_1");
			assertThat(completed.data().id()).isEqualTo("resp_123");
		});
	}

	static Stream<Map.Entry<String, Class<?>>> knownTypes() {
		return WebhookPayloads.types().entrySet().stream();
	}

	@ParameterizedTest
	@MethodSource("knownTypes")
	void readsEachKnownType(Map.Entry<String, Class<?>> type) {
		String body = TestWebhooks.payload(type.getKey(), "evt_2");
		WebhookDelivery delivery = unwrap(body, TestWebhooks.headers(ID, NOW, body));
		assertThat(delivery.payload()).isExactlyInstanceOf(type.getValue());
		assertThat(delivery.type()).isEqualTo(type.getKey());
	}

	@Test
	void knowsTheSixteenTypesOfTheSpecification() {
		assertThat(WebhookPayloads.types()).hasSize(16).containsKeys("batch.completed", "eval.run.canceled",
				"fine_tuning.job.succeeded", "realtime.call.incoming", "response.incomplete");
	}

	@Test
	void keepsAnUnknownTypeAsItsJson() {
		String body = "{\"id\":\"evt_3\",\"type\":\"video.completed\",\"data\":{\"id\":\"video_1\",\"seconds\":4}}";
		WebhookDelivery delivery = unwrap(body, TestWebhooks.headers(ID, NOW, body));
		assertThat(delivery.type()).isEqualTo("video.completed");
		assertThat(delivery.payload()).isInstanceOfSatisfying(UnrecognizedWebhook.class, (unknown) -> {
			assertThat(unknown.type()).isEqualTo("video.completed");
			assertThat(unknown.json()).containsEntry("id", "evt_3")
				.containsEntry("data", Map.of("id", "video_1", "seconds", 4));
		});
	}

	@Test
	void acceptsAListOfSignaturesOfWhichOneMatches() {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		String valid = headers.getFirst("webhook-signature");
		String otherKey = TestWebhooks.sign("whsec_" + "b3RoZXIta2V5", ID, NOW.getEpochSecond(), BODY);
		headers.set("webhook-signature", otherKey + " v1a,c2lnbmVkIHdpdGggYW4gb3RoZXIgc2NoZW1l  " + valid);
		assertThat(unwrap(BODY, headers).payload()).isInstanceOf(WebhookResponseCompleted.class);
	}

	@Test
	void refusesASignatureOfAnotherSecret() {
		WebhookVerifier other = verifier("whsec_" + "b3RoZXIta2V5");
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> other.unwrap(bytes(BODY), TestWebhooks.headers(ID, NOW, BODY)))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(Reason.SIGNATURE_MISMATCH))
			.withMessageContaining(ID);
	}

	@Test
	void refusesATamperedBody() {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		assertRefused(BODY.replace("resp_123", "resp_999"), headers, Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesASignatureMovedToAnotherIdOrTimestamp() {
		HttpHeaders otherId = TestWebhooks.headers(ID, NOW, BODY);
		otherId.set("webhook-id", "wh_other");
		assertRefused(BODY, otherId, Reason.SIGNATURE_MISMATCH);
		HttpHeaders otherTime = TestWebhooks.headers(ID, NOW, BODY);
		otherTime.set("webhook-timestamp", Long.toString(NOW.getEpochSecond() - 1));
		assertRefused(BODY, otherTime, Reason.SIGNATURE_MISMATCH);
	}

	@Test
	void refusesAListWithOnlyOtherVersions() {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		headers.set("webhook-signature", headers.getFirst("webhook-signature").replace("v1,", "v2,"));
		assertRefused(BODY, headers, Reason.SIGNATURE_MISMATCH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "webhook-id", "webhook-timestamp", "webhook-signature" })
	void namesAMissingHeader(String name) {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		headers.remove(name);
		assertRefused(BODY, headers, Reason.MISSING_HEADER).withMessage("The webhook delivery has no " + name + " header");
		headers.set(name, " ");
		assertRefused(BODY, headers, Reason.MISSING_HEADER).withMessageContaining(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "v1", "v1,", ",abc", "g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", "v1,not*base64" })
	void refusesAMalformedSignatureList(String entry) {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		headers.set("webhook-signature", headers.getFirst("webhook-signature") + " " + entry);
		assertRefused(BODY, headers, Reason.MALFORMED_HEADER).withMessageContaining("webhook-signature")
			.withMessageContaining(entry);
	}

	@ParameterizedTest
	@ValueSource(strings = { "soon", "1.5e9", "2026-06-01T12:00:00Z" })
	void refusesATimestampThatIsNotSeconds(String timestamp) {
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		headers.set("webhook-timestamp", timestamp);
		assertRefused(BODY, headers, Reason.MALFORMED_HEADER).withMessageContaining("webhook-timestamp")
			.withMessageContaining(timestamp);
	}

	@Test
	void refusesATimestampOlderThanTheTolerance() {
		Instant old = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1);
		assertRefused(BODY, TestWebhooks.headers(ID, old, BODY), Reason.TIMESTAMP_OUTSIDE_TOLERANCE)
			.withMessageContaining(Long.toString(old.getEpochSecond()))
			.withMessageContaining("301s older")
			.withMessageContaining("PT5M");
	}

	@Test
	void refusesATimestampNewerThanTheTolerance() {
		Instant future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
		assertRefused(BODY, TestWebhooks.headers(ID, future, BODY), Reason.TIMESTAMP_OUTSIDE_TOLERANCE)
			.withMessageContaining("301s newer");
	}

	@Test
	void acceptsATimestampAtTheEdgesOfTheTolerance() {
		for (Instant edge : new Instant[] { NOW.minus(Duration.ofMinutes(5)), NOW.plus(Duration.ofMinutes(5)) }) {
			assertThat(unwrap(BODY, TestWebhooks.headers(ID, edge, BODY)).timestamp()).isEqualTo(edge);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "not json", "[1,2]", "{\"id\":\"evt_4\"}", "{\"type\":7}",
			"{\"type\":\"response.completed\",\"created_at\":\"yesterday\"}" })
	void refusesAnUnreadablePayload(String body) {
		assertRefused(body, TestWebhooks.headers(ID, NOW, body), Reason.UNREADABLE_PAYLOAD)
			.withMessageStartingWith("The webhook body cannot be read");
	}

	@Test
	void usesASecretWithoutPrefixAsItIs() {
		String raw = "a-plain-secret";
		WebhookVerifier plain = verifier(raw);
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		String base64OfRaw = Base64.getEncoder().encodeToString(bytes(raw));
		headers.set("webhook-signature", TestWebhooks.sign("whsec_" + base64OfRaw, ID, NOW.getEpochSecond(), BODY));
		assertThat(plain.unwrap(bytes(BODY), headers).webhookId()).isEqualTo(ID);
		assertThatExceptionOfType(InvalidWebhookException.class)
			.isThrownBy(() -> this.verifier.unwrap(bytes(BODY), headers));
	}

	@Test
	void refusesASecretThatIsNotBase64AfterItsPrefixWithoutQuotingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> verifier("whsec_s3cr3t*value"))
			.withMessage("secret must be base64 after its 'whsec_' prefix, but is not")
			.withMessageNotContaining("s3cr3t");
		assertThatIllegalArgumentException().isThrownBy(() -> verifier("whsec_"))
			.withMessageContaining("secret must have a key");
		assertThatIllegalArgumentException().isThrownBy(() -> verifier(" ")).withMessageContaining("secret");
	}

	@Test
	void neverShowsTheSecret() {
		String key = SECRET.substring("whsec_".length());
		assertThat(this.verifier.toString()).isEqualTo("WebhookVerifier[tolerance=PT5M]").doesNotContain(key);
		HttpHeaders headers = TestWebhooks.headers(ID, NOW, BODY);
		InvalidWebhookException mismatch = refusal(BODY + " ", headers);
		headers.set("webhook-signature", "v1,%%");
		InvalidWebhookException malformed = refusal(BODY, headers);
		for (InvalidWebhookException ex : new InvalidWebhookException[] { mismatch, malformed }) {
			assertThat(ex.getMessage()).doesNotContain(key).doesNotContain(SECRET);
		}
	}

	private WebhookDelivery unwrap(String body, HttpHeaders headers) {
		return this.verifier.unwrap(bytes(body), headers);
	}

	private ThrowableAssertAlternative<InvalidWebhookException> assertRefused(String body,
			HttpHeaders headers, Reason reason) {
		return assertThatExceptionOfType(InvalidWebhookException.class).isThrownBy(() -> unwrap(body, headers))
			.satisfies((ex) -> assertThat(ex.getReason()).isEqualTo(reason));
	}

	private InvalidWebhookException refusal(String body, HttpHeaders headers) {
		try {
			unwrap(body, headers);
		}
		catch (InvalidWebhookException ex) {
			return ex;
		}
		throw new AssertionError("the delivery was accepted");
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
