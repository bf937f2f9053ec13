package org.tawasul.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;

/**
 * Demo reports for {@code ./tawasul run --demo}: twenty realistic citizen reports in Arabic, Darija and French,
 * across categories, platforms and regions, some already triaged. They are flagged {@code demo} (a badge in the
 * inbox), carry no contact, and are seeded once: nothing happens if demo reports exist.
 */
@Component
@ConditionalOnProperty("tawasul.demo.enabled")
class DemoReports implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReports.class);

	private final Reports reports;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoReports(Reports reports, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.reports = reports;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	private record Sample(ReportCategory category, String language, String description, @Nullable String postText,
			String link, Platform platform, @Nullable String region, int hoursAgo, @Nullable String outcome) {
	}

	private static final List<Sample> SAMPLES = List.of(
			new Sample(ReportCategory.RUMOUR, "ar", "فيديو قديم يُنشر على أنه اختطاف أطفال قرب مدرسة بالدار البيضاء اليوم.",
					"عاجل: عصابة تختطف الأطفال قرب المدارس، شاركوا قبل الحذف", "https://www.facebook.com/watch/?v=100200300",
					Platform.FACEBOOK, "casablanca-settat", 2, null),
			new Sample(ReportCategory.RUMOUR, "ar", "تدوينة تزعم أن الماء سيُقطع عن مدينة فاس ثلاثة أيام بسبب تسمم الشبكة.",
					"الماء فيه السم، ما تشربوش من الروبيني حتى يبان الخبر", "https://x.com/user123/status/1800000000001",
					Platform.X, "fes-meknes", 5, "ESCALATED"),
			new Sample(ReportCategory.RUMOUR, "ar", "رسالة صوتية في واتساب بالدارجة كتقول بلي كاين حظر التجول فمراكش من الليلة.",
					"راه غادي يديرو حظر التجول من التسعود الليل، بلغو العائلة", "https://chat.whatsapp.com/AbCdEf123",
					Platform.WHATSAPP, "marrakech-safi", 9, null),
			new Sample(ReportCategory.FRAUD, "fr", "Faux site qui imite la DGSN et demande 200 DH pour « régulariser » une amende de circulation.",
					"Votre permis sera suspendu sous 24 h : payez ici", "https://dgsn-amendes-paiement.example/pay",
					Platform.WEBSITE, "rabat-sale-kenitra", 3, null),
			new Sample(ReportCategory.FRAUD, "ar", "صفحة تنتحل صفة الأمن الوطني وتطلب معطيات البطاقة البنكية مقابل استرجاع حساب فيسبوك.",
					null, "https://www.facebook.com/profile.php?id=6100000001", Platform.FACEBOOK, null, 30, "REJECTED"),
			new Sample(ReportCategory.FRAUD, "ar", "واحد كيبيع التيليفونات فإنستغرام وكياخد الفلوس وما كيصيفط والو، بزاف ديال الناس تشفرو.",
					"iPhone 15 ب 2500 درهم، الدفع مسبق", "https://www.instagram.com/p/Cdemo123/", Platform.INSTAGRAM,
					"souss-massa", 14, null),
			new Sample(ReportCategory.CHILD_SEXUAL_EXPLOITATION, "ar", "حساب يتواصل مع قاصرين ويطلب منهم صورا خاصة مقابل شحن رصيد الألعاب.",
					null, "https://www.tiktok.com/@demo_account_1", Platform.TIKTOK, "tanger-tetouan-al-hoceima", 1, null),
			new Sample(ReportCategory.TERRORISM, "ar", "قناة تنشر دعوات للالتحاق بتنظيم متطرف ومقاطع تمجد العمليات الإرهابية.",
					null, "https://t.me/demo_channel_x", Platform.TELEGRAM, null, 4, "ESCALATED"),
			new Sample(ReportCategory.TERRORISM, "fr", "Vidéo appelant à attaquer un lieu de culte, partagée dans un groupe public.",
					null, "https://t.me/demo_group_y/42", Platform.TELEGRAM, "oriental", 20, null),
			new Sample(ReportCategory.THREATS, "ar", "شخص ينشر فيديو يهدد فيه جيرانه بالقتل ويظهر سلاحا أبيض.",
					"غادي نجي عندكم الليلة وغادي تشوفو", "https://www.youtube.com/watch?v=demo0001", Platform.YOUTUBE,
					"beni-mellal-khenifra", 6, null),
			new Sample(ReportCategory.SEXTORTION, "ar", "شخص كيهددني ينشر فيديو ديالي إلا ما صيفطتش ليه 5000 درهم.",
					null, "https://www.instagram.com/demo_extortion/", Platform.INSTAGRAM, "casablanca-settat", 8, null),
			new Sample(ReportCategory.SEXTORTION, "fr", "Un inconnu menace de publier des captures d’un appel vidéo si je ne paie pas.",
					null, "https://www.facebook.com/demo.user.77", Platform.FACEBOOK, null, 40, null),
			new Sample(ReportCategory.INCITEMENT, "ar", "صفحة تحرض على العنف ضد المهاجرين من إفريقيا جنوب الصحراء وتدعو لطردهم بالقوة.",
					null, "https://www.facebook.com/groups/demo.group.9", Platform.FACEBOOK, "oriental", 12, null),
			new Sample(ReportCategory.INCITEMENT, "fr", "Appels à la violence contre les supporters d’une équipe avant le derby.",
					"Samedi on les attend à la sortie du stade", "https://x.com/demo_ultra/status/1800000000002",
					Platform.X, "casablanca-settat", 26, null),
			new Sample(ReportCategory.VIOLENT_CONTENT, "ar", "فيديو يوثق اعتداء بالسلاح الأبيض على شخص في الشارع، يُتداول بكثرة.",
					null, "https://www.tiktok.com/@demo/video/7300000000000000001", Platform.TIKTOK, "prefecture-tanger", 7,
					"ESCALATED"),
			new Sample(ReportCategory.VIOLENT_CONTENT, "ar", "مقطع كيبان فيه شي دراري كيضربو واحد التلميذ قدام الليسي.",
					null, "https://www.instagram.com/reel/Cdemo456/", Platform.INSTAGRAM, "prefecture-meknes", 16, null),
			new Sample(ReportCategory.ILLICIT_TRADE, "ar", "حساب يبيع أقراصا مهلوسة ويحدد أماكن التسليم في سلا.",
					null, "https://t.me/demo_shop_z", Platform.TELEGRAM, "province-sale", 18, null),
			new Sample(ReportCategory.ILLICIT_TRADE, "fr", "Vente de fusils de chasse sans permis sur un groupe de petites annonces.",
					null, "https://www.facebook.com/marketplace/item/demo789", Platform.FACEBOOK, "draa-tafilalet", 50, null),
			new Sample(ReportCategory.RUMOUR, "fr", "Publication affirmant qu’un séisme majeur est prévu à Agadir cette semaine « selon la police ».",
					"Préparez-vous, la police a confirmé", "https://www.facebook.com/demo.page.agadir/posts/1", Platform.FACEBOOK,
					"souss-massa", 22, null),
			new Sample(ReportCategory.OTHER, "ar", "صفحة تنشر صور بطاقات تعريف وطنية لأشخاص مع أرقام هواتفهم.",
					null, "https://www.facebook.com/demo.leaks", Platform.FACEBOOK, null, 60, null));

	@Override
	public void run(ApplicationArguments arguments) {
		Long existing = jdbc.sql("select count(*) from reporting.report where demo").query(Long.class).single();
		if (existing > 0) {
			return;
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		transaction.executeWithoutResult(status -> {
			for (Sample sample : SAMPLES) {
				Instant at = now.minus(Duration.ofHours(sample.hoursAgo()));
				NewReport report = new NewReport(sample.category(), new ReportContent(sample.description(),
						sample.postText(), List.of(sample.link()), sample.platform(), at.minus(Duration.ofHours(1))),
						sample.language(), sample.region(), null, null);
				Report created = Report.submit(ReportId.generate(), TrackingCode.generate().hash(), report, null,
						List.of(), true, at);
				reports.save(created);
				if (sample.outcome() != null) {
					Report stored = reports.find(created.id()).orElseThrow();
					Instant later = at.plus(Duration.ofMinutes(40));
					if (sample.outcome().equals("ESCALATED")) {
						stored.escalate("demo", later);
					}
					else {
						stored.reject("صفحة أُغلقت من طرف المنصة قبل المعالجة", "demo", later);
					}
					reports.save(stored);
				}
			}
		});
		log.info("Seeded {} demo citizen reports", SAMPLES.size());
	}
}
