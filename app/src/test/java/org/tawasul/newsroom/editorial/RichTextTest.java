package org.tawasul.newsroom.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	@Test
	void removesScriptsHandlersAndJavascriptLinksButKeepsFormatting() {
		RichText.Sanitised s = RichText.sanitise("""
				<h2>عنوان</h2><p onclick="alert(1)">نص <strong>مهم</strong></p><script>alert('x')</script>
				<a href="javascript:alert(1)">x</a><a href="https://www.dgsn.ma">dgsn</a><iframe src="//evil"></iframe>
				<img src=x onerror=alert(1)>""");

		assertThat(s.html()).contains("<h2>عنوان</h2>", "<strong>مهم</strong>", "href=\"https://www.dgsn.ma\"")
			.doesNotContain("script", "onclick", "javascript:", "iframe", "onerror", "<img");
		assertThat(s.removed()).isPositive();
	}

	@Test
	void plainTextDropsTags() {
		assertThat(RichText.plainText("<p>Une <em>rumeur</em> &amp; un démenti</p>")).isEqualTo("Une rumeur & un démenti");
	}
}
