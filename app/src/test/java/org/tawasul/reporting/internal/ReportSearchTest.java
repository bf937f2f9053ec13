package org.tawasul.reporting.internal;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.reporting.ReportCategory;
import org.tawasul.reporting.ReportId;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff search over reports uses the text engine's analysis, and reports stored before it are indexed again. */
@TawasulTest
class ReportSearchTest {

	@Autowired
	SubmitReport submitReport;

	@Autowired
	Inbox inbox;

	@Autowired
	ReportSearchReindex reindex;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aWordIsFoundWithItsArticleAndConjunctionsAndWithoutItsDiacritics() {
		String place = uniqueArabicWord();
		ReportId id = submit("فيديو يزعم اختطاف أطفال بال" + place + " وسط الأسواق");

		assertThat(found(place)).contains(id);
		assertThat(found("ال" + place)).contains(id);
		assertThat(found("الأَطْفَال " + place)).as("diacritics and the article on the typed word").contains(id);
		assertThat(found("وأطفالهم " + place)).as("no report has a word starting with this one").doesNotContain(id);
	}

	@Test
	void anArabiziQueryFindsTheArabicReport() {
		String place = uniqueArabicWord();
		ReportId id = submit("واحد كيهدد الناس بالقتل في " + place);

		assertThat(found("9tal " + place)).contains(id);
		assertThat(found("3ndk " + place)).as("3ndk is no word of the report").doesNotContain(id);
	}

	@Test
	void darijaAndMsaFindEachOther() {
		String place = uniqueArabicWord();
		ReportId darija = submit("البوليس شدو الدراري قدام المدرسة ديال " + place);
		ReportId msa = submit("الشرطة اعتقلت الأطفال أمام مدرسة في " + place);

		assertThat(found("الأطفال " + place)).contains(darija, msa);
		assertThat(found("الدراري " + place)).as("the Darija word also searches its MSA reading").contains(darija, msa);
		assertThat(found("السيارة " + place)).doesNotContain(darija, msa);
	}

	@Test
	void aQueryOfStopWordsAloneLooksForThemAsTyped() {
		assertThat(ReportSearch.tsQuery("في من")).isEqualTo("في:* & من:*");
		assertThat(ReportSearch.tsQuery("!!! ))")).isEmpty();
	}

	@Test
	void reportsIndexedWithTheOlderAnalysisAreIndexedAgain() {
		String place = uniqueArabicWord();
		String text = "إشاعة عن انقطاع الماء وال" + place;
		ReportId id = submit(text);
		jdbc.sql("update reporting.report set search_text = ?, search_version = 1 where id = ?")
			.params(ReportSearch.normalise(text), id.value())
			.update();
		assertThat(found(place)).as("the older analysis kept the conjunction and article on the word")
			.doesNotContain(id);

		assertThat(reindex.reindexAll()).isPositive();

		assertThat(found(place)).contains(id);
		assertThat(jdbc.sql("select search_version from reporting.report where id = ?").param(id.value())
			.query(Integer.class).single()).isEqualTo(ReportSearch.VERSION);
	}

	private ReportId submit(String text) {
		return submitReport.submit(new NewReport(ReportCategory.RUMOUR, new ReportContent(text, null,
				List.of("https://www.facebook.com/posts/1"), null, null), "ar", null, null, null), List.of(), null)
			.reportId();
	}

	private List<ReportId> found(String typed) {
		return inbox.list(new Inbox.Filter(null, null, null, null, null, null, typed, 0)).stream()
			.map(Inbox.Row::id)
			.toList();
	}

	/** A made-up Arabic word no other report holds (letters from a random UUID). */
	private static String uniqueArabicWord() {
		String letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
		StringBuilder word = new StringBuilder("م");
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
			word.append(letters.charAt(Character.digit(c, 16)));
		}
		return word.toString();
	}
}
