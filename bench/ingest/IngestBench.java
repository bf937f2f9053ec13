import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load driver for the collectors' ingest API (single-file Java program, run by bench/ingest/run.sh).
 *
 * <p>Several workers POST batches to /api/v1/monitoring/items for a fixed time. Each batch mixes reposts of a
 * pool of rumours (groups that grow and raise alerts by growth and watch-list terms), unique ordinary posts, and a
 * few "sentinel" items of a severe category with a unique text, each of which must raise an alert of its own. A
 * probe polls PostgreSQL every 10 ms with the queue's own condition (alert without a case) and records, for every
 * sentinel, the time from sending its batch to its alert being in the queue. Prints one JSON line.
 *
 * <p>args: baseUrl token jdbcUrl seconds workers batchSize
 */
public class IngestBench {

	static final String[] RUMOURS = {
		"عاجل: عصابة تختطف الأطفال أمام المدارس في الحي، انتبهوا لأولادكم",
		"خبر زائف: تسمم جماعي بسبب الماء في المدينة القديمة، لا تشربوا من الصنبور",
		"Urgent : des voleurs armés d'arme blanche attaquent les passants près de la gare",
		"سمعت بلي كاين تشرميل فالحي، الناس خايفين يخرجو بالليل",
		"wa3 chi krisaj f tram dyal casa lbare7 3la wa7d lbent",
		"Rumeur : un séisme majeur prévu cette nuit selon un expert, quittez vos maisons",
		"فيديو مفبرك يظهر اعتداء على شرطي في الشارع العام",
		"انتشار شائعة عن إغلاق الطرق السيارة غدا بسبب مظاهرات"
	};

	/** Words drawn at random for sentinels, so no two sentinels are near-duplicates of each other. */
	static final String[] WORDS = ("تفجير سلاح هجوم مسلح تهديد عنف دعوة جماعة خلية تجنيد قنبلة حزام ناسف عملية "
			+ "مدينة شارع سوق محطة قطار حافلة مسجد مدرسة جامعة ملعب ساحة فندق مطار ميناء بنك سفارة مقهى "
			+ "attaque menace cellule recrutement explosif ceinture opération ville marché gare stade place "
			+ "hôtel aéroport port banque ambassade café quartier nuit matin demain ce soir vidéo message audio "
			+ "قائد أمير بيعة فيديو رسالة تسجيل صوتي ليلة صباح غدا الليلة حي زنقة درب").split(" ");

	static final String[] REGIONS = { "prefecture-casablanca", "prefecture-fes", "prefecture-rabat", "prefecture-tanger",
			"prefecture-marrakech", null };

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		String jdbcUrl = args[2];
		int seconds = Integer.parseInt(args[3]);
		int workers = Integer.parseInt(args[4]);
		int batchSize = Integer.parseInt(args[5]);
		int warmupSeconds = 5;

		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		Map<String, Long> sentinelSent = new ConcurrentHashMap<>();
		List<Long> alertLatencies = Collections.synchronizedList(new ArrayList<>());
		List<Long> requestLatencies = Collections.synchronizedList(new ArrayList<>());
		AtomicLong created = new AtomicLong();
		AtomicLong sent = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		AtomicBoolean measuring = new AtomicBoolean(false);
		AtomicBoolean running = new AtomicBoolean(true);
		String run = Long.toString(System.nanoTime(), 36);

		Thread probe = Thread.ofPlatform().start(() -> {
			try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
					PreparedStatement query = db.prepareStatement("""
							select i.source_item_id from vigilance.alert a
							join vigilance.monitored_item i on i.group_id = a.group_id
							where a.case_id is null and a.raised_at >= now() - interval '10 seconds'
							  and i.source_item_id like ?""")) {
				query.setString(1, "s-" + run + "-%");
				while (running.get() || !sentinelSent.isEmpty()) {
					try (ResultSet rs = query.executeQuery()) {
						long now = System.nanoTime();
						while (rs.next()) {
							Long sentAt = sentinelSent.remove(rs.getString(1));
							if (sentAt != null && measuring.get()) {
								alertLatencies.add(now - sentAt);
							}
						}
					}
					if (!running.get() && sentinelSent.isEmpty()) {
						break;
					}
					Thread.sleep(10);
					if (!running.get()) {
						sentinelSent.entrySet().removeIf(e -> System.nanoTime() - e.getValue() > 10_000_000_000L);
					}
				}
			}
			catch (Exception e) {
				System.err.println("probe failed: " + e);
			}
		});

		List<Thread> threads = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			int worker = w;
			threads.add(Thread.ofPlatform().start(() -> {
				long counter = 0;
				while (running.get()) {
					StringBuilder body = new StringBuilder(batchSize * 200).append("{\"items\":[");
					List<String> sentinels = new ArrayList<>();
					ThreadLocalRandom random = ThreadLocalRandom.current();
					for (int i = 0; i < batchSize; i++) {
						String id = run + "-" + worker + "-" + (counter++);
						String text;
						String category = null;
						String sourceId;
						double dice = random.nextDouble();
						if (dice < 0.01) {
							sourceId = "s-" + id;
							sentinels.add(sourceId);
							StringBuilder words = new StringBuilder();
							for (int k = 0; k < 10; k++) {
								words.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
							}
							text = words.append(id).toString();
							category = "TERRORISM";
						}
						else if (dice < 0.6) {
							sourceId = "r-" + id;
							text = RUMOURS[random.nextInt(RUMOURS.length)] + (random.nextBoolean() ? " !!" : " ...");
						}
						else {
							sourceId = "p-" + id;
							text = "منشور عادي عن الحياة اليومية " + Long.toHexString(random.nextLong()) + " "
									+ Long.toHexString(random.nextLong()) + " صباح الخير للجميع";
						}
						String region = REGIONS[random.nextInt(REGIONS.length)];
						if (i > 0) {
							body.append(',');
						}
						body.append("{\"sourceItemId\":\"").append(sourceId).append("\",\"url\":\"https://social.example/p/")
							.append(id).append("\",\"text\":\"").append(text.replace("\"", "'")).append("\",\"language\":\"ar\"");
						if (region != null) {
							body.append(",\"regionCode\":\"").append(region).append('"');
						}
						if (category != null) {
							body.append(",\"category\":\"").append(category).append('"');
						}
						body.append('}');
					}
					body.append("]}");
					HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/monitoring/items"))
						.header("Authorization", "Bearer " + token)
						.header("Content-Type", "application/json")
						.timeout(Duration.ofSeconds(60))
						.POST(HttpRequest.BodyPublishers.ofString(body.toString()))
						.build();
					long start = System.nanoTime();
					sentinels.forEach(s -> sentinelSent.put(s, start));
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						long took = System.nanoTime() - start;
						if (response.statusCode() != 200) {
							errors.incrementAndGet();
							sentinels.forEach(sentinelSent::remove);
							continue;
						}
						if (measuring.get()) {
							requestLatencies.add(took);
							created.addAndGet(count(response.body(), "\"status\":\"created\""));
							sent.addAndGet(batchSize);
						}
					}
					catch (Exception e) {
						errors.incrementAndGet();
						sentinels.forEach(sentinelSent::remove);
					}
				}
			}));
		}
		Thread.sleep(warmupSeconds * 1000L);
		measuring.set(true);
		long measureStart = System.nanoTime();
		Thread.sleep(seconds * 1000L);
		measuring.set(false);
		long measured = System.nanoTime() - measureStart;
		running.set(false);
		for (Thread t : threads) {
			t.join();
		}
		probe.join(15_000);

		double itemsPerSecond = created.get() / (measured / 1e9);
		System.out.printf(java.util.Locale.ROOT,
				"{\"bench\":\"ingest\",\"seconds\":%d,\"workers\":%d,\"batch\":%d,\"items\":%d,\"created\":%d,\"errors\":%d,"
						+ "\"items_per_s\":%.0f,\"request_ms_p50\":%.1f,\"request_ms_p99\":%.1f,\"alerts_measured\":%d,"
						+ "\"alert_ms_p50\":%.1f,\"alert_ms_p99\":%.1f,\"alert_ms_max\":%.1f}%n",
				seconds, workers, batchSize, sent.get(), created.get(), errors.get(), itemsPerSecond,
				pct(requestLatencies, 50), pct(requestLatencies, 99), alertLatencies.size(), pct(alertLatencies, 50),
				pct(alertLatencies, 99), pct(alertLatencies, 100));
	}

	static long count(String s, String needle) {
		long n = 0;
		for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
			n++;
		}
		return n;
	}

	static double pct(List<Long> nanos, int p) {
		if (nanos.isEmpty()) {
			return -1;
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}
}
