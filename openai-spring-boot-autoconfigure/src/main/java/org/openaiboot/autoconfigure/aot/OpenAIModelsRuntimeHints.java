package org.openaiboot.autoconfigure.aot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.util.ClassUtils;

/**
 * Registers what Jackson reaches by reflection to read and write every type of the
 * {@code openai-models} jar in a native image.
 * <p>
 * The types are not listed by hand: AOT processing runs on the JVM, so this registrar
 * lists the {@code .class} resources under {@code org/openaiboot/models} on the class
 * path, which finds every type the generator wrote, nested ones included (builders, the
 * members of the sealed unions and their {@code Unknown} variants, value types), with no
 * list to keep up to date when the models are regenerated. Each type is handed to
 * Spring's {@link BindingReflectionHintsRegistrar}, which covers what Jackson uses:
 * constructors and fields of every type, the canonical constructor and the accessors of
 * a record, and the methods Jackson's annotations mark, such as the static
 * {@code @JsonCreator} factories of the unions and the {@code @JsonValue} accessors of the
 * value types.
 */
final class OpenAIModelsRuntimeHints implements RuntimeHintsRegistrar {

	private static final String MODEL_CLASSES = "classpath*:org/openaiboot/models/**/*.class";

	private final BindingReflectionHintsRegistrar bindingHints = new BindingReflectionHintsRegistrar();

	@Override
	public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
		this.bindingHints.registerReflectionHints(hints.reflection(), modelTypes(classLoader).toArray(Class<?>[]::new));
	}

	private static List<Class<?>> modelTypes(@Nullable ClassLoader classLoader) {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(classLoader);
		MetadataReaderFactory metadataReaders = new SimpleMetadataReaderFactory(resolver);
		List<Class<?>> types = new ArrayList<>();
		try {
			for (Resource resource : resolver.getResources(MODEL_CLASSES)) {
				String className = metadataReaders.getMetadataReader(resource).getClassMetadata().getClassName();
				if (!className.endsWith(".package-info")) {
					types.add(ClassUtils.forName(className, classLoader));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the model classes at " + MODEL_CLASSES, ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException("Could not load a model class listed at " + MODEL_CLASSES, ex);
		}
		return types;
	}

}
