package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LinkWordsTest {

  @Test
  void aNewsLinkGivesItsHeadline() {
    String slug = URLEncoder.encode("انفجار-قنينة-غاز-بمقهى-شعبي-بالدار-البيضاء", StandardCharsets.UTF_8);
    assertThat(LinkWords.of("https://www.example.ma/societe/" + slug + "-123456.html?utm_source=whatsapp#top"))
        .isEqualTo("societe انفجار قنينة غاز بمقهى شعبي بالدار البيضاء");
    assertThat(LinkWords.of("شوفو هاد الخبر le360.ma/societe/explosion-de-gaz-a-casablanca-284512"))
        .isEqualTo("societe explosion gaz casablanca");
  }

  @Test
  void socialNetworkLinksCarryNoWords() {
    assertThat(LinkWords.of("https://www.facebook.com/share/p/1AbCdEfGhJ/")).isEmpty();
    assertThat(LinkWords.of("https://x.com/someone/status/1800000000000008001")).isEqualTo("someone");
    assertThat(LinkWords.of("https://www.facebook.com/permalink.php?story_fbid=pfbid02Xk9&id=100")).isEmpty();
    assertThat(LinkWords.of("https://vm.tiktok.com/ZMhKq7Yp/")).isEmpty();
  }

  @Test
  void textWithoutLinksAndBrokenLinksGiveNothingAndNeverThrow() {
    assertThat(LinkWords.of("خبر بلا رابط")).isEmpty();
    assertThat(LinkWords.of(null)).isEmpty();
    assertThat(LinkWords.of("https://example.ma/%E0%A4%A/%%%/")).isEmpty();
    assertThat(LinkWords.of("https://example.ma")).isEmpty();
  }
}
