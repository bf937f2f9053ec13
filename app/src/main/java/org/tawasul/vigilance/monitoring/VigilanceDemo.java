package org.tawasul.vigilance.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tawasul.reporting.ReportCategory;

/**
 * Demo data ({@code ./tawasul run --demo}): monitored items from the collector {@code demo}, marked «[تجريبي/démo]»,
 * in Arabic, Darija, Arabizi and French — a child-kidnapping rumour spreading in Fès (raises a growth and watch-list
 * alert), a violent video in Casablanca (severe category), and ordinary posts. Idempotent: the items' source ids are
 * fixed, so every start after the first adds nothing.
 */
@Component
@ConditionalOnProperty("tawasul.demo.enabled")
class VigilanceDemo implements ApplicationRunner {

	private final Intake intake;

	private final Clock clock;

	VigilanceDemo(Intake intake, Clock clock) {
		this.intake = intake;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		Instant now = clock.instant();
		List<IncomingItem> items = new ArrayList<>();
		String[] rumour = {
			"[تجريبي] عاجل: عصابة تختطف الأطفال أمام المدارس في حي النصر بفاس، انتبهوا لأولادكم",
			"[تجريبي] عاجل عصابة تختطف الأطفال امام المدارس في حي النصر بفاس انتبهوا لاولادكم!!",
			"[تجريبي] عاجل: عصابة كتختطف الأطفال أمام المدارس في حي النصر بفاس، انتبهوا لأولادكم",
			"[démo] 3ajel: 3isaba kat5tef drari 9dam lmdars f 7ay nnasr f fes, rdo lbal",
			"[تجريبي] عاجل: عصابة تختطف الأطفال أمام المدارس في حي النصر بفاس، انتبهوا لأولادكم ... شاركوا",
			"[démo] Urgent : un gang enlève des enfants devant les écoles du quartier Nasr à Fès, partagez avant suppression" };
		for (int i = 0; i < rumour.length; i++) {
			items.add(new IncomingItem(ItemSource.COLLECTOR, "demo", "demo-rumour-" + i,
					"https://social.example/demo/rumour/" + i, rumour[i], i == 3 ? "ary-Latn" : "ar", "prefecture-fes",
					null, "@demo_page_" + i, null, now.minus(Duration.ofMinutes(40 - i * 5L))));
		}
		items.add(new IncomingItem(ItemSource.COLLECTOR, "demo", "demo-violence-1",
				"https://social.example/demo/video/1",
				"[تجريبي] فيديو يوثق اعتداء بالسلاح الأبيض على سائق طاكسي في درب السلطان", "ar", "prefecture-casablanca",
				ReportCategory.VIOLENT_CONTENT, "@demo_video", null, now.minus(Duration.ofMinutes(25))));
		items.add(new IncomingItem(ItemSource.COLLECTOR, "demo", "demo-ordinary-1", "https://social.example/demo/post/1",
				"[démo] Inauguration d’un nouveau commissariat de proximité à Agadir", "fr", "souss-massa", null, null,
				null, now.minus(Duration.ofMinutes(90))));
		items.add(new IncomingItem(ItemSource.COLLECTOR, "demo", "demo-ordinary-2", "https://social.example/demo/post/2",
				"[تجريبي] حملة تحسيسية بالمؤسسات التعليمية حول مخاطر الأنترنت بمراكش", "ar", "prefecture-marrakech",
				null, null, null, now.minus(Duration.ofMinutes(70))));
		intake.ingest(items);
	}
}
