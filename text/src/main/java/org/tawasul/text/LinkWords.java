package org.tawasul.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a link carries in its address. News sites and blogs put the headline in the path
 * ({@code https://www.example.ma/societe/انفجار-قنينة-غاز-بمقهى-123456.html}); matching ignores links, so when a
 * citizen pastes a link alone these words are all there is to go on. Ids, numbers, file extensions and the usual
 * path words of social networks ({@code status}, {@code posts}, {@code share}…) are left out. Never throws.
 */
public final class LinkWords {

  private static final Pattern LINK = Pattern.compile(
      "(?i)(?:https?://|www\\.)\\S+|\\b[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,}/\\S*");

  private static final Pattern SEPARATORS = Pattern.compile("[-_+.,~/]+");

  private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(?:s?html?|php|aspx?|jsp|amp)$");

  /** Path words that name a page's kind on social networks and news sites, not its subject. */
  private static final Set<String> PATH_WORDS = Set.of("amp", "article", "articles", "category", "comments", "fr",
      "ar", "en", "es", "group", "groups", "html", "index", "news", "permalink", "photo", "photos", "php", "post",
      "posts", "reel", "reels", "search", "share", "status", "statuses", "stories", "story", "tag", "tags", "video",
      "videos", "watch", "www", "shorts", "media", "view", "page", "pages", "profile");

  private LinkWords() {}

  /** The words of every link's path in {@code text}, separated by spaces; empty when there are none. */
  public static String of(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    Matcher link = LINK.matcher(text.length() > TextNormalizer.MAX_INPUT_CHARS
        ? text.substring(0, TextNormalizer.MAX_INPUT_CHARS) : text);
    while (link.find()) {
      for (String segment : path(link.group()).split("/")) {
        for (String word : SEPARATORS.split(EXTENSION.matcher(segment).replaceFirst(""))) {
          if (isWord(word)) {
            out.append(out.isEmpty() ? "" : " ").append(word);
          }
        }
      }
    }
    return out.toString();
  }

  /** The decoded path of {@code link}, without host, query and fragment. */
  private static String path(String link) {
    String rest = link.replaceFirst("(?i)^https?://", "");
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return "";
    }
    String path = rest.substring(slash);
    int end = path.length();
    for (char stop : new char[] {'?', '#'}) {
      int at = path.indexOf(stop);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    path = path.substring(0, end);
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return path;
    }
  }

  /** A word of a headline: Arabic letters, or Latin letters only (3 or more), and not a path word. */
  private static boolean isWord(String word) {
    if (word.isEmpty() || PATH_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
      return false;
    }
    boolean arabic = false;
    boolean latinLetters = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC) {
        arabic = true;
      } else if (!(c < 0x80 && Character.isLetter(c))) {
        latinLetters = false;
      }
    }
    if (arabic) {
      return true;
    }
    // Latin: a word of letters only; ids such as pfbid02Xk9 or 1AbCdEf mix digits and are dropped
    return latinLetters && word.length() >= 3 && !mixedCaseId(word);
  }

  /** An id like {@code AbCdEfGh}: case changes inside the word more than twice. */
  private static boolean mixedCaseId(String word) {
    int changes = 0;
    for (int i = 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) != Character.isUpperCase(word.charAt(i - 1))) {
        changes++;
      }
    }
    return changes > 2;
  }
}
