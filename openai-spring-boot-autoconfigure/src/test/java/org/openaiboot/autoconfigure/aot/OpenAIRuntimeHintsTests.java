package org.openaiboot.autoconfigure.aot;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Timeout;
import org.openaiboot.client.BatchRequest;
import org.openaiboot.client.BatchResult;
import org.openaiboot.client.ToolLoop;
import org.openaiboot.client.webhooks.UnrecognizedWebhook;
import org.openaiboot.client.webhooks.WebhookDelivery;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;
import org.springframework.aot.hint.predicate.ReflectionHintsPredicates;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.SpringFactoriesLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the hints that {@code META-INF/spring/aot.factories} contributes against every
 * type of the {@code openai-models} jar, listed here from the jar (or class directory)
 * itself rather than by the registrar's scan, and against what the clients load.
 */
@Timeout(120)
class OpenAIRuntimeHintsTests {

	private static final ReflectionHintsPredicates reflection = RuntimeHintsPredicates.reflection();

	private static final RuntimeHints hints = new RuntimeHints();

	@BeforeAll
	static void registerHints() {
		List<RuntimeHintsRegistrar> registrars = SpringFactoriesLoader
			.forResourceLocation("META-INF/spring/aot.factories")
			.load(RuntimeHintsRegistrar.class);
		assertThat(registrars).hasAtLeastOneElementOfType(OpenAIModelsRuntimeHints.class)
			.hasAtLeastOneElementOfType(OpenAIClientRuntimeHints.class);
		ClassLoader classLoader = OpenAIRuntimeHintsTests.class.getClassLoader();
		registrars.forEach((registrar) -> registrar.registerHints(hints, classLoader));
	}

	@Test
	void everyModelTypeIsBoundByReflection() throws Exception {
		List<Class<?>> types = modelTypes();
		assertThat(types).contains(CreateEmbeddingRequest.class, CreateEmbeddingRequest.Builder.class,
				CreateEmbeddingRequest.Input.class, CreateEmbeddingRequest.Input.OfString.class,
				CreateEmbeddingRequest.Input.Unknown.class);
		List<String> missing = new ArrayList<>();
		for (Class<?> type : types) {
			missing.addAll(missingBindingHints(type));
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void clientRecordsAnApplicationMayBindAreBoundByReflection() {
		Stream.of(BatchRequest.class, BatchResult.class, WebhookDelivery.class, UnrecognizedWebhook.class,
				ToolLoop.Result.class)
			.forEach((type) -> assertThat(missingBindingHints(type)).isEmpty());
	}

	@ParameterizedTest
	@ValueSource(strings = { "org/openaiboot/client/version.properties", "org/openaiboot/client/ratelimit/budget.lua" })
	void resourcesReadAtRunTimeAreIncluded(String resource) {
		assertThat(new ClassPathResource(resource).exists()).isTrue();
		assertThat(RuntimeHintsPredicates.resource().forResource(resource)).accepts(hints);
	}

	@ParameterizedTest
	@ValueSource(strings = { "org.apache.hc.client5.http.impl.classic.HttpClients",
			"org.apache.hc.client5.http.impl.classic.HttpClientBuilder", "com.knuddels.jtokkit.Encodings" })
	void optionalClassesCanBeLookedUp(String className) {
		assertThat(reflection.onType(TypeReference.of(className))).accepts(hints);
	}

	private static List<String> missingBindingHints(Class<?> type) {
		List<String> missing = new ArrayList<>();
		expect(missing, type.getName(), reflection.onType(type)
			.withMemberCategories(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS, MemberCategory.ACCESS_DECLARED_FIELDS));
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				expect(missing, component.getAccessor().toString(), reflection.onMethodInvocation(component.getAccessor()));
			}
		}
		for (Method method : type.getDeclaredMethods()) {
			if (method.isAnnotationPresent(JsonCreator.class) || method.isAnnotationPresent(JsonValue.class)
					|| method.isAnnotationPresent(JsonAnyGetter.class) || method.isAnnotationPresent(JsonAnySetter.class)) {
				expect(missing, method.toString(), reflection.onMethodInvocation(method));
			}
		}
		return missing;
	}

	private static void expect(List<String> missing, String element, Predicate<RuntimeHints> predicate) {
		if (!predicate.test(hints)) {
			missing.add(element);
		}
	}

	private static List<Class<?>> modelTypes() throws IOException, URISyntaxException, ClassNotFoundException {
		Path location = Path.of(CreateEmbeddingRequest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<String> classFiles = new ArrayList<>();
		if (Files.isDirectory(location)) {
			try (Stream<Path> files = Files.walk(location)) {
				files.map((file) -> location.relativize(file).toString().replace('\\', '/')).forEach(classFiles::add);
			}
		}
		else {
			try (JarFile jar = new JarFile(location.toFile())) {
				jar.stream().map(JarEntry::getName).forEach(classFiles::add);
			}
		}
		List<Class<?>> types = new ArrayList<>();
		for (String classFile : classFiles) {
			if (classFile.startsWith("org/openaiboot/models/") && classFile.endsWith(".class")
					&& !classFile.endsWith("/package-info.class")) {
				String className = classFile.substring(0, classFile.length() - ".class".length()).replace('/', '.');
				types.add(Class.forName(className, false, OpenAIRuntimeHintsTests.class.getClassLoader()));
			}
		}
		return types;
	}

}
