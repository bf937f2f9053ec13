import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the report intake API (loopback only, bounded in time): N closed-loop clients POST JSON reports,
 * each with its own Idempotency-Key, for a warm-up and then a measured period. Prints one JSON line.
 *
 * <pre>java IntakeLoad.java http://127.0.0.1:8080 64 5 20</pre>
 * (base URL, concurrency, warm-up seconds, measured seconds)
 */
public class IntakeLoad {

	public static void main(String[] args) throws Exception {
		String base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
		URI target = URI.create(base + "/api/v1/reports");
		String host = target.getHost();
		if (!(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127."))) {
			throw new IllegalArgumentException("loopback targets only: " + host);
		}
		int concurrency = args.length > 1 ? Integer.parseInt(args[1]) : 64;
		int warmupSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
		int measureSeconds = Math.min(args.length > 3 ? Integer.parseInt(args[3]) : 20, 120);

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		long start = System.nanoTime();
		long measureFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
		long stopAt = measureFrom + Duration.ofSeconds(measureSeconds).toNanos();
		AtomicLong errors = new AtomicLong();
		AtomicLong sequence = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		List<Thread> clients = new ArrayList<>();
		int[] counts = new int[concurrency];
		for (int c = 0; c < concurrency; c++) {
			long[] mine = new long[2_000_000 / concurrency + 1000];
			latencies.add(mine);
			int client = c;
			Thread thread = Thread.ofPlatform().start(() -> {
				while (true) {
					long now = System.nanoTime();
					if (now >= stopAt) {
						return;
					}
					long n = sequence.incrementAndGet();
					HttpRequest request = HttpRequest.newBuilder(target)
						.header("Content-Type", "application/json")
						.header("Accept-Language", "ar")
						.header("Idempotency-Key", "bench-" + start + "-" + n)
						.timeout(Duration.ofSeconds(30))
						.POST(HttpRequest.BodyPublishers.ofString(body(n)))
						.build();
					long sent = System.nanoTime();
					boolean ok;
					try {
						ok = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201;
					}
					catch (Exception ex) {
						ok = false;
					}
					long done = System.nanoTime();
					if (sent >= measureFrom && done <= stopAt) {
						if (!ok) {
							errors.incrementAndGet();
						}
						else if (counts[client] < mine.length) {
							mine[counts[client]++] = done - sent;
						}
					}
				}
			});
			clients.add(thread);
		}
		for (Thread thread : clients) {
			thread.join();
		}
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int c = 0; c < concurrency; c++) {
			System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
			at += counts[c];
		}
		Arrays.sort(all);
		System.out.println(String.format(Locale.ROOT,
				"{\"reports\":%d,\"errors\":%d,\"seconds\":%d,\"concurrency\":%d,\"reports_per_s\":%.1f,"
						+ "\"p50_ms\":%.2f,\"p99_ms\":%.2f,\"max_ms\":%.2f}",
				total, errors.get(), measureSeconds, concurrency, total / (double) measureSeconds, percentile(all, 0.50),
				percentile(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6));
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

	private static String body(long n) {
		return """
				{"category":"RUMOUR","description":"تداول صفحات على مواقع التواصل الاجتماعي خبرا زائفا رقم %d يدعي \
				اختطاف أطفال قرب مؤسسة تعليمية بمدينة الدار البيضاء، والمرجو التحقق من صحته","postText":"عاجل: شاركوا \
				قبل الحذف، عصابة تختطف الأطفال أمام المدارس","links":["https://example.org/posts/%d"],\
				"platform":"FACEBOOK","language":"ar"}""".formatted(n, n);
	}
}
