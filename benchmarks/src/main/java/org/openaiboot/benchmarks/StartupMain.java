package org.openaiboot.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * The start-up time the starter adds to a plain Boot application: starts
 * {@link BenchApplication} (non-web, {@code spring-boot-starter-restclient} and metrics on
 * the class path in both cases) in a fresh JVM, alternately with and without
 * {@code OpenAIAutoConfiguration}, and reports the medians and their difference.
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar org.openaiboot.benchmarks.StartupMain [runs]}
 */
public final class StartupMain {

	private StartupMain() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length > 0 && args[0].equals("child")) {
			child(Boolean.parseBoolean(args[1]));
			return;
		}
		int runs = (args.length > 0) ? Integer.parseInt(args[0]) : 15;
		List<double[]> with = new ArrayList<>();
		List<double[]> without = new ArrayList<>();
		for (int i = 0; i < runs + 1; i++) {
			double[] a = spawn(true);
			double[] b = spawn(false);
			if (i > 0) { // the first pair warms the file cache
				with.add(a);
				without.add(b);
			}
		}
		System.out.printf("Runs per variant: %d, fresh JVM each, JDK %s, %d cores%n", runs,
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
		report("SpringApplication.run()", with, without, 0);
		report("JVM start to context ready", with, without, 1);
		report("OpenAI beans' share (context.getBeanDefinitionNames)", with, without, 2);
	}

	private static void report(String what, List<double[]> with, List<double[]> without, int index) {
		double a = median(with, index);
		double b = median(without, index);
		System.out.printf("%-55s with starter %8.1f, without %8.1f, difference %7.1f (median)%n", what, a, b, a - b);
	}

	private static double median(List<double[]> values, int index) {
		List<Double> sorted = new ArrayList<>();
		values.forEach((value) -> sorted.add(value[index]));
		Collections.sort(sorted);
		int n = sorted.size();
		return (n % 2 == 1) ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static double[] spawn(boolean withStarter) throws Exception {
		String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				StartupMain.class.getName(), "child", String.valueOf(withStarter))
			.redirectErrorStream(true)
			.start();
		double[] result = null;
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("STARTUP ")) {
					String[] parts = line.split(" ");
					result = new double[] { Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
							Double.parseDouble(parts[3]) };
				}
			}
		}
		if (process.waitFor() != 0 || result == null) {
			throw new IllegalStateException("The child JVM failed");
		}
		return result;
	}

	private static void child(boolean withStarter) {
		long started = System.nanoTime();
		ConfigurableApplicationContext context = BenchApplication.start(null, withStarter);
		double millis = (System.nanoTime() - started) / 1e6;
		double uptime = ManagementFactory.getRuntimeMXBean().getUptime();
		long beans = context.getBeanDefinitionNames().length;
		System.out.println("STARTUP " + millis + " " + uptime + " " + beans);
		context.close();
	}

}
