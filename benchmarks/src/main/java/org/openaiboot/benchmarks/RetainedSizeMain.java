package org.openaiboot.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import org.openaiboot.client.OpenAIEmbeddingsClient;
import org.openaiboot.models.embeddings.CreateEmbeddingRequest;
import org.openaiboot.models.embeddings.CreateEmbeddingResponse;
import org.openjdk.jol.info.GraphLayout;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The heap an embeddings response holds once decoded: the retained size (JOL's
 * {@code GraphLayout}, every object reachable from the result) of the result of one call
 * of 16 vectors of 1536 dimensions, per client. What a call allocates on the way (the
 * transient cost) is JMH's {@code gc.alloc.rate.norm} in the benchmarks.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.openaiboot.benchmarks.RetainedSizeMain}
 */
public final class RetainedSizeMain {

	private RetainedSizeMain() {
	}

	public static void main(String[] args) throws Exception {
		try (LoopbackServer server = LoopbackServer.start()) {
			ConfigurableApplicationContext context = BenchApplication.start(server.baseUrl(), true);
			OpenAIEmbeddingsClient starter = context.getBean(OpenAIEmbeddingsClient.class);
			long floats = (long) Payloads.VECTORS * Payloads.DIMENSIONS;
			System.out.printf("Payload: %d vectors x %d dimensions = %d floats, %d bytes as float[] data%n",
					Payloads.VECTORS, Payloads.DIMENSIONS, floats, floats * 4);
			print("A starter, default request (" + describe(server, () -> starter.createEmbedding(Fixtures.EMBEDDINGS))
					+ ")", GraphLayout.parseInstance(starter.createEmbedding(Fixtures.EMBEDDINGS)));
			print("A starter, encoding_format=float",
					GraphLayout.parseInstance(starter.createEmbedding(Fixtures.EMBEDDINGS_FLOAT)));
			print("A starter, encoding_format=base64",
					GraphLayout.parseInstance(starter.createEmbedding(Fixtures.EMBEDDINGS_BASE64)));
			context.close();

			HttpClient jdk = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
			for (CreateEmbeddingRequest request : List.of(Fixtures.EMBEDDINGS_FLOAT, Fixtures.EMBEDDINGS_BASE64)) {
				HttpResponse<byte[]> response = jdk.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/embeddings"))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.MAPPER.writeValueAsBytes(request)))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
				print("B plain JsonMapper, encoding_format=" + request.encodingFormat().value(), GraphLayout
					.parseInstance(Fixtures.MAPPER.readValue(response.body(), CreateEmbeddingResponse.class)));
			}

			OpenAIClient sdk = OpenAIOkHttpClient.builder().apiKey("sk-benchmark").baseUrl(server.baseUrl()).build();
			for (var params : List.of(SdkBenchmark.EMBEDDINGS, SdkBenchmark.EMBEDDINGS_FLOAT)) {
				com.openai.models.embeddings.CreateEmbeddingResponse response = sdk.embeddings().create(params);
				String format = params.encodingFormat().map(Object::toString).orElse("default");
				print("C SDK, encoding_format=" + format + ", response as returned", GraphLayout.parseInstance(response));
				List<Object> vectors = new ArrayList<>();
				response.data().forEach((embedding) -> vectors.add(embedding.embedding()));
				print("C SDK, encoding_format=" + format + ", the List<Float> vectors embedding() returns",
						GraphLayout.parseInstance(vectors));
			}
			sdk.close();
		}
	}

	private static String describe(LoopbackServer server, Runnable call) {
		long base64 = server.count(LoopbackServer.Route.EMBEDDINGS_BASE64);
		call.run();
		return (server.count(LoopbackServer.Route.EMBEDDINGS_BASE64) > base64) ? "it asks for base64"
				: "it asks for JSON floats";
	}

	private static void print(String what, GraphLayout layout) {
		System.out.printf("%-75s retained %,10d bytes in %,7d objects%n", what, layout.totalSize(),
				layout.totalCount());
	}

}
