package org.tawasul.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class NearDuplicateIndexTest {

  private static final String RUMOUR = "عاجل: البوليس شدو عصابة ديال الشفارة فحي مولاي رشيد بكازا بعدما سرقو بزاف ديال "
      + "التيليفونات من المحلات التجارية وكانو كيبيعوهم فالسوق ديال درب غلف";

  @Test
  void groupsARepostWithPunctuationEmojisHashtagsAndLinks() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    assertThat(index.add("p1", RUMOUR)).isEqualTo("p1");
    String repost = "@user12 " + RUMOUR.replace(":", " !!").replace("بزاف", "بزااااف") + " 😱😱 #البوليس_المغربي "
        + "https://t.co/abc";
    assertThat(index.add("p2", repost)).isEqualTo("p1");
  }

  @Test
  void groupsARepostWithACommentAddedAndDiacritics() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", RUMOUR);
    String repost = "شوفو هاد الفضيحة واش بصح؟ " + RUMOUR.replace("البوليس", "البُوليس").replace("عصابة", "عصـــابة");
    assertThat(index.add("p2", repost)).isEqualTo("p1");
  }

  @Test
  void groupsARepostWithArabiziWords() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", RUMOUR);
    String repost = RUMOUR.replace("ديال", "dyal").replace("بزاف", "bzaf");
    assertThat(index.add("p2", repost)).isEqualTo("p1");
  }

  @Test
  void keepsTwoEventsWithTheSameTemplateApart() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", "حادثة سير خطيرة على الطريق الوطنية رقم 8 قرب مراكش تودي بحياة 3 أشخاص وإصابة 12 آخرين");
    String other = index.add("p2", "حادثة سير خطيرة على الطريق الوطنية رقم 1 قرب طنجة تودي بحياة 5 أشخاص وإصابة 7 آخرين");
    assertThat(other).isEqualTo("p2");
  }

  @Test
  void keepsTheSameTemplateInTwoCitiesApart() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", "عاجل: حادثة سير خطيرة على الطريق الوطنية قرب مراكش تودي بحياة أشخاص وإصابة آخرين بجروح خطيرة");
    assertThat(index.add("p2", "عاجل: حادثة سير خطيرة على الطريق الوطنية قرب طنجة تودي بحياة أشخاص وإصابة آخرين بجروح خطيرة"))
        .isEqualTo("p2");
    // the same city spelt another way, with a proclitic, in French, or a second city added in a comment: same story
    assertThat(index.add("p3", "عاجل: حادثة سير خطيرة على الطريق الوطنية قرب مراكيش تودي بحياة أشخاص وإصابة آخرين بجروح خطيرة"))
        .isEqualTo("p1");
    assertThat(index.add("p4", "حادثة سير خطيرة على الطريق الوطنية قرب طنجة تودي بحياة أشخاص وإصابة آخرين بجروح خطيرة، "
        + "بحال اللي وقعت فكازا")).isEqualTo("p2");
    index.add("c1", "بلاغ: توقيف شخص كان يروج الأقراص المهلوسة بالدار البيضاء بعد عملية مراقبة روتينية للشرطة");
    assertThat(index.add("c2", "بلاغ: توقيف شخص كان يروج الأقراص المهلوسة ف casa بعد عملية مراقبة روتينية للشرطة"))
        .isEqualTo("c1");
    assertThat(index.add("c3", "بلاغ: توقيف شخص كان يروج الأقراص المهلوسة بفاس بعد عملية مراقبة روتينية للشرطة"))
        .isEqualTo("c3");
  }

  @Test
  void readsCityNamesButNotTheCommonWordsTheyLookLike() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    long tangier = index.signature("طنجة").places();
    assertThat(tangier).isNotZero();
    assertThat(index.signature("وقع هادشي فطنجة البارح").places()).isEqualTo(tangier);
    assertThat(index.signature("tanger").places()).isEqualTo(tangier);
    assertThat(index.signature("للرباط").places()).isEqualTo(index.signature("الرباط").places()).isNotZero();
    assertThat(index.signature("الدار البيضاء").places()).isEqualTo(index.signature("كازا").places()).isNotZero();
    // one bit per city: neighbours too
    assertThat(index.signature("تطوان").places() & index.signature("الفنيدق").places()).isZero();
    // الفيس (Facebook) shares its skeleton with فاس; البيضاء alone is "white"; العيون is "the eyes"
    assertThat(index.signature("نشرو الفيديو فالفيس سيارة بيضاء والعيون كلها عليها").places()).isZero();
  }

  @Test
  void readsSignaturesStoredBeforeCitiesWereRead() {
    PostSignature now = new NearDuplicateIndex().signature("حادثة سير قرب مراكش " + RUMOUR);
    assertThat(now.places()).isNotZero();
    assertThat(PostSignature.fromBytes(now.toBytes())).isEqualTo(now);
    java.nio.ByteBuffer old = java.nio.ByteBuffer.allocate(8 + 4 * 64).putLong(now.numbers());
    for (int h : now.minHashes()) {
      old.putInt(h);
    }
    assertThat(PostSignature.fromBytes(old.array())).isEqualTo(new PostSignature(now.minHashes(), now.numbers()));
    byte[] badTag = now.toBytes();
    badTag[badTag.length - 1] ^= 1;
    assertThatThrownBy(() -> PostSignature.fromBytes(badTag)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keepsDifferentStoriesApart() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", RUMOUR);
    assertThat(index.add("p2", "المديرية العامة للأمن الوطني تنفي صحة فيديو متداول حول اختطاف الأطفال في طنجة"))
        .isEqualTo("p2");
  }

  @Test
  void returnsTheExistingGroupWhenAPostIsAddedAgain() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("p1", RUMOUR);
    index.add("p2", RUMOUR);
    assertThat(index.add("p2", "نص آخر تماما")).isEqualTo("p1");
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void givesPostsWithoutWordsTheirOwnGroup() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    assertThat(index.add("e1", "")).isEqualTo("e1");
    assertThat(index.add("e2", "😂😂😂")).isEqualTo("e2");
    assertThat(index.add("e3", null)).isEqualTo("e3");
    assertThat(index.add("e4", "x".repeat(1_000_000))).isEqualTo("e4");
  }

  @Test
  void rebuildsFromStoredSignatures() {
    NearDuplicateIndex original = new NearDuplicateIndex();
    original.add("p1", RUMOUR);
    original.add("p2", "شوفو " + RUMOUR);
    original.add("p3", "خبر مختلف تماما عن حريق في سوق الخميس بالرباط");
    NearDuplicateIndex rebuilt = new NearDuplicateIndex();
    for (String id : List.of("p1", "p2", "p3")) {
      byte[] stored = original.signatureOf(id).toBytes();
      rebuilt.restore(id, PostSignature.fromBytes(stored), original.groupOf(id));
    }
    assertThat(rebuilt.groupOf("p2")).isEqualTo("p1");
    assertThat(rebuilt.groupOf("p3")).isEqualTo("p3");
    assertThat(rebuilt.add("p4", RUMOUR + " 😡")).isEqualTo("p1");
    assertThat(rebuilt.signatureOf("p1")).isEqualTo(original.signatureOf("p1"));
  }

  @Test
  void signaturesHaveTheConfiguredLength() {
    NearDuplicateIndex index = new NearDuplicateIndex(32, 16, 0.5);
    assertThat(index.signature(RUMOUR).minHashes()).hasSize(32);
    assertThatThrownBy(() -> index.addSignature("x", new NearDuplicateIndex().signature(RUMOUR)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PostSignature.fromBytes(new byte[5])).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptsConcurrentPosts() throws Exception {
    NearDuplicateIndex index = new NearDuplicateIndex();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 400; i++) {
        int n = i;
        String text = (n % 2 == 0 ? RUMOUR : "خبر مختلف تماما عن حريق في سوق الخميس بالرباط صباح اليوم") + " #" + Integer.toString(n, 36).replaceAll("[0-9]", "x");
        results.add(pool.submit(() -> index.add("p" + n, text)));
      }
      for (Future<String> result : results) {
        result.get();
      }
    } finally {
      pool.shutdown();
    }
    assertThat(index.size()).isEqualTo(400);
    assertThat(index.groupOf("p2")).isEqualTo(index.groupOf("p398"));
    assertThat(index.groupOf("p1")).isEqualTo(index.groupOf("p399")).isNotEqualTo(index.groupOf("p2"));
  }
}
