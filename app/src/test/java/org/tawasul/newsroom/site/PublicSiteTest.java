package org.tawasul.newsroom.site;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tawasul.TawasulTest;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.newsroom.PublicationType;
import org.tawasul.newsroom.editorial.EditorialDesk;
import org.tawasul.newsroom.editorial.Publication;
import org.tawasul.newsroom.editorial.PublishedStatements;
import org.tawasul.newsroom.editorial.Publications;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TawasulTest
class PublicSiteTest {

	@LocalServerPort
	int port;

	@Autowired
	EditorialDesk desk;

	@Autowired
	Publications publications;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aPublishedTruthStatementHasCanonicalHreflangOpenGraphAndValidJsonLd() throws Exception {
		Publication p = publishedStatement("صفحة");
		var ar = p.content().translations().get("ar");
		var fr = p.content().translations().get("fr");
		HttpResponse<String> page = get(SitePaths.publication("fr", fr.slug()));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age=60", "public"));
		assertThat(page.headers().firstValue("ETag")).isPresent();
		assertThat(page.headers().firstValue("Last-Modified")).isPresent();
		String html = page.body();
		assertThat(html).contains("<html lang=\"fr\" dir=\"ltr\"")
			.contains("<link rel=\"canonical\" href=\"http://localhost:8080" + SitePaths.publication("fr", fr.slug()) + "\"")
			.contains("hreflang=\"ar\" href=\"http://localhost:8080" + SitePaths.publication("ar", ar.slug()) + "\"")
			.contains("hreflang=\"x-default\"")
			.contains("property=\"og:title\"", "name=\"twitter:card\"", "property=\"og:locale\" content=\"fr_MA\"");

		JsonNode ld = json.readTree(jsonLd(html));
		assertThat(ld.get("@context").asString()).isEqualTo("https://schema.org");
		JsonNode article = ld.get("@graph").get(0);
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		for (String required : List.of("headline", "datePublished", "dateModified", "author", "publisher", "url", "inLanguage", "image")) {
			assertThat(article.has(required)).as(required).isTrue();
		}
		assertThat(article.get("headline").asString().length()).isLessThanOrEqualTo(110);
		JsonNode review = ld.get("@graph").get(1);
		assertThat(review.get("@type").asString()).isEqualTo("ClaimReview");
		assertThat(review.get("claimReviewed").asString()).isEqualTo(fr.claimText());
		assertThat(review.get("reviewRating").get("@type").asString()).isEqualTo("Rating");
		assertThat(review.get("reviewRating").get("ratingValue").asInt()).isEqualTo(1);
		assertThat(review.get("reviewRating").get("alternateName").asString()).isEqualTo("Faux");
		assertThat(review.get("itemReviewed").get("@type").asString()).isEqualTo("Claim");
		assertThat(review.get("author").get("@type").asString()).isEqualTo("Organization");
	}

	@Test
	void aRevalidationWithTheEtagGetsNotModified() throws Exception {
		Publication p = publishedStatement("وسم");
		String path = SitePaths.publication("ar", p.content().translations().get("ar").slug());
		HttpResponse<String> first = get(path);
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> second = http.send(HttpRequest.newBuilder(uri(path)).header("If-None-Match", etag).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(second.statusCode()).isEqualTo(304);
		assertThat(second.body()).isEmpty();
	}

	@Test
	void scriptsTypedIntoTextFieldsAreShownAsTextEverywhere() throws Exception {
		String evil = "<script>alert('x')</script>";
		var content = PublishedStatements.truthStatement("ادعاء " + evil, "Allégation " + evil, "XSS " + evil + System.nanoTime());
		PublicationId id = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT, content);
		var fr = publications.get(id).content().translations().get("fr");
		String html = get(SitePaths.publication("fr", fr.slug())).body();

		assertThat(html).doesNotContain(evil).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
		assertThat(jsonLd(html)).doesNotContain("<script>");
		String feed = get(SitePaths.feed("fr", "truth-statements", "rss")).body();
		assertThat(feed).doesNotContain(evil);
	}

	@Test
	void rssAndAtomFeedsParseBackAndListThePublication() throws Exception {
		Publication p = publishedStatement("خلاصة");
		var fr = p.content().translations().get("fr");
		for (String format : List.of("rss", "atom")) {
			for (String list : List.of("all", "truth-statements")) {
				HttpResponse<String> response = get(SitePaths.feed("fr", list, format));
				assertThat(response.statusCode()).isEqualTo(200);
				assertThat(response.headers().firstValue("Content-Type").orElseThrow())
					.startsWith("rss".equals(format) ? "application/rss+xml" : "application/atom+xml");
				SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
				assertThat(feed.getFeedType()).isEqualTo("rss".equals(format) ? "rss_2.0" : "atom_1.0");
				assertThat(feed.getEntries()).anySatisfy(e -> {
					assertThat(e.getTitle()).isEqualTo(fr.title());
					assertThat(e.getLink()).endsWith(SitePaths.publication("fr", fr.slug()));
				});
			}
		}
		assertThat(get(SitePaths.feed("fr", "press-releases", "rss")).body()).doesNotContain(fr.title());
	}

	@Test
	void theSitemapIsValidXmlWithEveryLanguageVersionAndItsAlternates() throws Exception {
		Publication p = publishedStatement("خريطة");
		HttpResponse<String> response = get("/sitemap.xml");
		assertThat(response.statusCode()).isEqualTo(200);
		var factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		Document xml = factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
		assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
		assertThat(xml.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.sitemaps.org/schemas/sitemap/0.9");
		NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		List<String> urls = new java.util.ArrayList<>();
		for (int i = 0; i < locs.getLength(); i++) {
			urls.add(locs.item(i).getTextContent());
		}
		for (var t : p.content().translations().values()) {
			assertThat(urls).contains("http://localhost:8080" + SitePaths.publication(t.language(), t.slug()));
		}
		assertThat(xml.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link").getLength()).isPositive();
	}

	@Test
	void listsTagsRegionsAndSearchShowThePublication() throws Exception {
		Publication p = publishedStatement("بحث");
		var ar = p.content().translations().get("ar");
		assertThat(get("/ar/truth-statements").body()).contains(ar.title());
		assertThat(get(SitePaths.tag("ar", "إشاعات")).body()).contains(ar.title());
		assertThat(get(SitePaths.region("ar", "casablanca-settat")).body()).contains(ar.title());
		assertThat(get("/").body()).contains("هل هذا صحيح؟");
		assertThat(get("/ar/search?q=" + URLEncoder.encode("اختطاف الأطفال", StandardCharsets.UTF_8)).body()).contains(ar.title());
		assertThat(get("/fr/search?q=" + URLEncoder.encode("rumeur Casablanca", StandardCharsets.UTF_8)).body())
			.contains(escape(p.content().translations().get("fr").title()));
		assertThat(get("/ar/regions/nowhere").statusCode()).isEqualTo(404);
		assertThat(get("/ar/publications/no-such-slug").statusCode()).isEqualTo(404);
	}

	@Test
	void aCorrectionShowsADatedNoteAndAWithdrawalLeavesAPageWithTheReason() throws Exception {
		Publication p = publishedStatement("تصحيح");
		var ar = p.content().translations().get("ar");
		String path = SitePaths.publication("ar", ar.slug());
		get(path);
		var corrected = org.tawasul.newsroom.editorial.PublishedStatements.truthStatement("ادعاء مصحح", "Allégation corrigée",
				"مصحح " + System.nanoTime());
		var saved = desk.correct(p.id(), p.version(), corrected, "صححنا تاريخ الواقعة", PublishedStatements.approver());
		String afterCorrection = get(path).body();
		assertThat(afterCorrection).contains("صححنا تاريخ الواقعة", "ادعاء مصحح");
		assertThat(publications.revisions(p.id()).stream().anyMatch(r -> r.content().translations().get("ar").title().equals(ar.title()))).isTrue();

		desk.withdraw(p.id(), saved.version(), "نشر قبل استكمال الأبحاث", PublishedStatements.supervisor());
		HttpResponse<String> withdrawn = get(path);
		assertThat(withdrawn.statusCode()).isEqualTo(200);
		assertThat(withdrawn.body()).contains("تم سحب هذا المنشور", "نشر قبل استكمال الأبحاث").doesNotContain("ادعاء مصحح");
		assertThat(get("/ar/truth-statements").body()).doesNotContain("مصحح");
	}

	@Test
	void isItTrueConfirmsAPastedRumourAndOtherwiseInvitesToReport() throws Exception {
		var content = PublishedStatements.truthStatement(
				"فيديو يزعم أن عصابة تختطف الأطفال أمام مدرسة ابتدائية بحي سيدي مومن وتبيع أعضاءهم",
				"Une vidéo prétend qu’un gang enlève des enfants devant une école primaire de Sidi Moumen pour vendre leurs organes",
				"عصابة سيدي مومن " + System.nanoTime());
		PublicationId id = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT, content);
		var ar = publications.get(id).content().translations().get("ar");

		await().untilAsserted(() -> assertThat(post("/is-it-true", "عاجل: عصابة تختطف الأطفال أمام مدرسة ابتدائية في سيدي مومن وتبيع أعضاءهم، شاركوا"))
			.contains("هذه الإشاعة موضوع بيان حقيقة").contains(ar.title()));

		String unknown = post("/is-it-true", "سعر الطماطم ارتفع في سوق الجملة هذا الأسبوع");
		assertThat(unknown).contains("لم نجد بيان حقيقة").contains("/report?text=");
		assertThat(get("/is-it-true?text=" + URLEncoder.encode("الطماطم", StandardCharsets.UTF_8)).body()).contains("/report?text=");
	}

	@Test
	void isItTrueShowsACorrectedStatementAtOnceAndAWithdrawnOneNoMore() throws Exception {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 8);
		String claimAr = "انفجار قنينة غاز في مقهى شعبي ب" + place + " وسقوط عشرات الضحايا";
		String claimFr = "Explosion d’une bouteille de gaz dans un café populaire de " + place;
		PublicationId id = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT,
				PublishedStatements.truthStatement(claimAr, claimFr, "قنينة " + place));
		String rumour = "عاجل: " + claimAr + "، شاركوا";
		String title = publications.get(id).content().translations().get("ar").title();
		await().untilAsserted(() -> assertThat(post("/is-it-true", rumour)).contains(title));
		assertThat(post("/is-it-true", rumour)).contains(title); // now answered from memory

		desk.correct(id, publications.get(id).version(),
				PublishedStatements.truthStatement(claimAr, claimFr, "قنينة مصححة " + place), "صححنا العنوان",
				PublishedStatements.approver());
		String corrected = publications.get(id).content().translations().get("ar").title();
		assertThat(post("/is-it-true", rumour)).contains(corrected).doesNotContain(title);

		desk.withdraw(id, publications.get(id).version(), "معطيات غير مكتملة", PublishedStatements.supervisor());
		assertThat(post("/is-it-true", rumour)).doesNotContain(corrected);
		await().untilAsserted(() -> assertThat(post("/is-it-true", rumour)).doesNotContain(corrected));
	}

	@Test
	void aNewsLinkAloneIsCheckedByTheWordsOfItsAddressAndAnOpaqueLinkGetsAHint() throws Exception {
		String place = "حي " + UUID.randomUUID().toString().substring(0, 8);
		String claimAr = "انفجار قنينة غاز في مقهى شعبي ب" + place + " وسقوط عشرات الضحايا";
		PublicationId id = PublishedStatements.publish(desk, PublicationType.TRUTH_STATEMENT,
				PublishedStatements.truthStatement(claimAr, "Explosion de gaz dans un café de " + place,
						"غاز " + place));
		String title = publications.get(id).content().translations().get("ar").title();
		String slug = URLEncoder.encode(("انفجار قنينة غاز في مقهى شعبي ب" + place + " وسقوط عشرات الضحايا")
			.replace(' ', '-'), StandardCharsets.UTF_8);
		String link = "https://www.akhbar.example.ma/mojtamaa/" + slug + "-8841.html";

		await().untilAsserted(() -> assertThat(post("/is-it-true", link)).contains(title)
			.contains("بحثنا بالكلمات المكتوبة في عنوان الرابط"));

		assertThat(post("/is-it-true", "https://www.facebook.com/share/p/1AbCdEfGhJ/"))
			.contains("لا نفتح الروابط، ولم نجد في عنوان هذا الرابط كلمات نبحث بها")
			.contains("/report?text=https://www.facebook.com/share/p/1AbCdEfGhJ/")
			.doesNotContain("لم نجد بيان حقيقة حول هذا الموضوع");
	}

	@Test
	void moreVisitorsAtOnceThanPooledConnectionsAllGetTheHomePage() throws Exception {
		publishedStatement("زحام");
		// each address is a new rendered-page cache key, so every request renders and reads its publications
		List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> visits = new java.util.ArrayList<>();
		for (int i = 0; i < 60; i++) {
			visits.add(http.sendAsync(HttpRequest.newBuilder(uri("/?visit=" + i + "-" + System.nanoTime())).build(),
					HttpResponse.BodyHandlers.ofString()));
		}
		for (var visit : visits) {
			assertThat(visit.get().statusCode()).isEqualTo(200);
			assertThat(visit.get().body()).contains("هل هذا صحيح؟");
		}
	}

	private Publication publishedStatement(String tag) {
		PublicationId id = PublishedStatements.publishTruthStatement(desk, tag + " " + System.nanoTime(), List.of());
		return publications.get(id);
	}

	private String post(String path, String text) throws Exception {
		// a citizen's browser without cookies: the read-only form needs no session and no CSRF token (ADR 0253)
		HttpResponse<String> form = get(path);
		assertThat(form.body()).doesNotContain("_csrf");
		assertThat(form.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		HttpResponse<String> result = http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "ar")
			.POST(HttpRequest.BodyPublishers.ofString("text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
		return result.body();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String jsonLd(String html) {
		Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("JSON-LD script in the page").isTrue();
		return m.group(1);
	}

	private static String escape(String text) {
		return org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8");
	}
}
