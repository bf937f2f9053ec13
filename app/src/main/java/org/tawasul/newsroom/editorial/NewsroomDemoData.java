package org.tawasul.newsroom.editorial;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tawasul.identity.Role;
import org.tawasul.newsroom.PublicationType;

/**
 * Demo publications ({@code ./tawasul run --demo}): realistic, invented Arabic and French press releases, news, a
 * reportage and truth statements, every one marked as a demo in its title and tagged {@code demo}. Idempotent: a
 * publication whose demo slug exists is not created again.
 */
@Component
@ConditionalOnProperty("tawasul.demo.enabled")
class NewsroomDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(NewsroomDemoData.class);

	private static final Staff EDITOR = new Staff("demo-editor", Set.of(Role.EDITOR));

	private static final Staff APPROVER = new Staff("demo-approver", Set.of(Role.APPROVER));

	private final EditorialDesk desk;

	private final Publications publications;

	NewsroomDemoData(EditorialDesk desk, Publications publications) {
		this.desk = desk;
		this.publications = publications;
	}

	@Override
	public void run(ApplicationArguments args) {
		int created = 0;
		created += statement("demo-rumeur-enlevement-enfants",
				"[تجريبي] بيان حقيقة: لا صحة لادعاءات اختطاف أطفال بمحيط مؤسسة تعليمية بالدار البيضاء",
				"[Démo] Mise au point : aucun enlèvement d’enfants près d’une école à Casablanca",
				"تداولت حسابات على شبكات التواصل الاجتماعي رسالة صوتية تزعم أن شاحنة بيضاء تختطف الأطفال أمام مدرسة ابتدائية بالدار البيضاء.",
				"Un message vocal affirme qu’une camionnette blanche enlève des enfants devant une école primaire de Casablanca.",
				"الأبحاث والتحريات المنجزة أثبتت أن الرسالة مختلقة، ولم يسجل أي بلاغ أو حادث بهذا الخصوص.",
				"Les vérifications n’ont relevé aucune plainte ni aucun fait de cette nature ; le message est inventé.",
				"WhatsApp, Facebook", ClaimVerdict.FALSE, "casablanca-settat", List.of("demo", "إشاعات", "أطفال"));
		created += statement("demo-video-agression-etranger",
				"[تجريبي] بيان حقيقة: فيديو الاعتداء المتداول صور خارج المغرب",
				"[Démo] Mise au point : la vidéo d’agression partagée a été filmée hors du Maroc",
				"فيديو يظهر اعتداء عنيفا في الشارع يقدم على أنه وقع بمدينة فاس الأسبوع الماضي.",
				"Une vidéo d’agression violente présentée comme filmée à Fès la semaine dernière.",
				"الخبرة التقنية على الشريط أثبتت أنه منشور منذ سنوات على حسابات أجنبية ويتعلق بأحداث خارج المملكة.",
				"L’expertise technique montre que la vidéo circule depuis des années et concerne des faits survenus à l’étranger.",
				"https://example.org/demo/video", ClaimVerdict.OUT_OF_CONTEXT, "fes-meknes", List.of("demo", "فيديو"));
		created += statement("demo-faux-concours-recrutement",
				"[تجريبي] تحذير: صفحة مزيفة تعلن عن مباراة لولوج سلك الشرطة مقابل المال",
				"[Démo] Alerte : une fausse page annonce un concours de police payant",
				"صفحة على فايسبوك تعلن عن مباراة لولوج سلك الشرطة وتطلب أداء مبلغ مالي للتسجيل.",
				"Une page Facebook annonce un concours d’entrée dans la police et demande de payer l’inscription.",
				"المباريات تعلن حصريا عبر البوابة الرسمية ولا تتطلب أي أداء؛ الصفحة انتحلت صفة المديرية.",
				"Les concours sont annoncés uniquement sur le portail officiel et sont gratuits ; la page usurpe l’identité de la DGSN.",
				"Facebook", ClaimVerdict.FALSE, null, List.of("demo", "توظيف"));
		created += simple("demo-portes-ouvertes-el-jadida", PublicationType.PRESS_RELEASE,
				"[تجريبي] بلاغ صحفي: افتتاح النسخة السادسة من الأبواب المفتوحة للأمن الوطني بالجديدة",
				"[Démo] Communiqué : ouverture de la 6e édition des portes ouvertes de la Sûreté nationale à El Jadida",
				"<p>تنظم المديرية العامة للأمن الوطني النسخة السادسة من الأبواب المفتوحة، بأروقة موضوعاتية تعرف بمهن الشرطة وخدماتها.</p>",
				"<p>La DGSN organise la 6e édition de ses portes ouvertes, avec des pavillons thématiques consacrés aux métiers et services de la police.</p>",
				"casablanca-settat", null, null);
		created += simple("demo-sensibilisation-scolaire", PublicationType.NEWS,
				"[تجريبي] خبر: حملة تحسيسية بالوسط المدرسي حول مخاطر الأنترنت",
				"[Démo] Actualité : campagne de sensibilisation en milieu scolaire aux risques d’internet",
				"<p>نظمت مصالح الأمن لقاءات تحسيسية لفائدة تلاميذ المؤسسات التعليمية حول الابتزاز الإلكتروني والأخبار الزائفة.</p>",
				"<p>Des séances de sensibilisation ont été animées auprès d’élèves sur le chantage en ligne et les fausses informations.</p>",
				"rabat-sale-kenitra", null, null);
		created += simple("demo-reportage-police-proximite", PublicationType.REPORTAGE,
				"[تجريبي] ربورتاج: يوم مع شرطة القرب",
				"[Démo] Reportage : une journée avec la police de proximité",
				"<p>ربورتاج يرافق دورية لشرطة القرب في أحياء المدينة.</p>",
				"<p>Un reportage qui suit une patrouille de police de proximité dans les quartiers.</p>",
				"marrakech-safi", "القناة الثانية 2M", LocalDate.of(2026, 11, 2));
		if (created > 0) {
			log.info("Newsroom demo data: {} publications created", created);
		}
	}

	private int statement(String slugFr, String titleAr, String titleFr, String claimAr, String claimFr,
			String evidenceAr, String evidenceFr, String appearance, ClaimVerdict verdict, String region,
			List<String> tags) {
		if (publications.slugOwner("fr", slugFr).isPresent()) {
			return 0;
		}
		Map<String, Translation> t = new LinkedHashMap<>();
		t.put("ar", new Translation("ar", "", titleAr, "", "<p>" + evidenceAr + "</p><p>تهيب المديرية بالمواطنين تحري الدقة قبل نشر الأخبار.</p>", "", claimAr, evidenceAr));
		t.put("fr", new Translation("fr", slugFr, titleFr, "", "<p>" + evidenceFr + "</p><p>La DGSN invite chacun à vérifier avant de partager.</p>", "", claimFr, evidenceFr));
		publish(PublicationType.TRUTH_STATEMENT, new Content(t, region, tags, List.of(), List.of(), null, appearance,
				verdict, null, null));
		return 1;
	}

	private int simple(String slugFr, PublicationType type, String titleAr, String titleFr, String bodyAr,
			String bodyFr, String region, String outlet, LocalDate airDate) {
		if (publications.slugOwner("fr", slugFr).isPresent()) {
			return 0;
		}
		Map<String, Translation> t = new LinkedHashMap<>();
		t.put("ar", new Translation("ar", "", titleAr, "", bodyAr, "", "", ""));
		t.put("fr", new Translation("fr", slugFr, titleFr, "", bodyFr, "", "", ""));
		publish(type, new Content(t, region, List.of("demo"), List.of(), List.of(), null, null, null, outlet, airDate));
		return 1;
	}

	private void publish(PublicationType type, Content content) {
		var saved = desk.draft(type, content, EDITOR);
		int v = desk.submit(saved.id(), saved.version(), EDITOR);
		v = desk.approve(saved.id(), v, APPROVER);
		desk.publish(saved.id(), v, APPROVER);
	}
}
