import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.tawasul.text.Claim;
import org.tawasul.text.ClaimIndex;

/**
 * "Is it true?" matching cost alone: the text engine's ClaimIndex with N synthetic claims (words drawn from the seed
 * texts, like bench/public/run.sh), one thread, per-query wall and CPU time percentiles. CPU time is what the query
 * costs whatever the machine's load; wall time includes waiting for a core.
 * Run: java -cp text/target/tawasul-text.jar bench/public/MatchLatency.java [claims] [seedsDir]
 */
public class MatchLatency {

	public static void main(String[] args) throws Exception {
		int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path seeds = Path.of(args.length > 1 ? args[1] : "/work/shared/seeds");
		TreeSet<String> vocabulary = new TreeSet<>();
		try (var files = Files.list(seeds)) {
			for (Path f : files.toList()) {
				for (String w : Files.readString(f).split("[\\s\\p{Punct}]+")) {
					if (w.length() > 2) {
						vocabulary.add(w);
					}
				}
			}
		}
		String[] words = vocabulary.toArray(String[]::new);
		Random random = new Random(42);
		long t0 = System.nanoTime();
		ClaimIndex index = ClaimIndex.builder().build();
		List<Claim> claims = new ArrayList<>(n);
		for (int i = 1; i <= n; i++) {
			StringBuilder text = new StringBuilder();
			for (int j = 0; j < 12 + i % 12; j++) {
				text.append(j == 0 ? "" : " ").append(words[random.nextInt(words.length)]);
			}
			claims.add(new Claim(Integer.toString(i), "بيان " + i, text.toString()));
		}
		index.putAll(claims);
		long buildMs = (System.nanoTime() - t0) / 1_000_000;
		String[] queries = new String[200];
		for (int q = 0; q < queries.length; q++) {
			String base = claims.get(random.nextInt(n)).text();
			String[] parts = base.split(" ");
			StringBuilder post = new StringBuilder("عاجل ");
			for (String p : parts) {
				if (random.nextInt(4) != 0) {
					post.append(p).append(' ');
				}
			}
			queries[q] = q % 2 == 0 ? post.toString() : "شاحنة بيضاء تختطف الأطفال أمام مدرسة " + words[random.nextInt(words.length)];
		}
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		if (args.length > 2) {
			for (String line : Files.readAllLines(Path.of(args[2]))) {
				long w = System.nanoTime();
				for (int i = 0; i < 20; i++) {
					index.match(line, 15);
				}
				System.out.printf("%.2f ms  %s%n", (System.nanoTime() - w) / 20e6, line);
			}
		}
		for (int i = 0; i < 2000; i++) {
			index.match(queries[i % queries.length], 15);
		}
		int runs = 5000;
		long[] wall = new long[runs];
		long[] cpu = new long[runs];
		for (int i = 0; i < runs; i++) {
			long c = threads.getCurrentThreadCpuTime();
			long w = System.nanoTime();
			index.match(queries[i % queries.length], 15);
			wall[i] = System.nanoTime() - w;
			cpu[i] = threads.getCurrentThreadCpuTime() - c;
		}
		Arrays.sort(wall);
		Arrays.sort(cpu);
		System.out.printf("{\"claims\": %d, \"build_ms\": %d, \"queries\": %d, \"wall_ms\": {\"p50\": %.2f, \"p99\": %.2f}, "
				+ "\"cpu_ms\": {\"p50\": %.2f, \"p99\": %.2f}, \"load_average\": %s}%n", n, buildMs, runs,
				wall[runs / 2] / 1e6, wall[runs * 99 / 100] / 1e6, cpu[runs / 2] / 1e6, cpu[runs * 99 / 100] / 1e6,
				Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
	}
}
