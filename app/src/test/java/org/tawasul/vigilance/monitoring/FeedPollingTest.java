package org.tawasul.vigilance.monitoring;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.vigilance.VigilanceTestServers;

import static org.assertj.core.api.Assertions.assertThat;

@TawasulTest
class FeedPollingTest {

	@Autowired
	FollowedFeeds feeds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VigilanceTestServers.Servers servers;

	private static String rss(String... items) {
		StringBuilder xml = new StringBuilder("""
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0"><channel><title>جريدة محلية</title><link>https://news.example/</link>
				<description>أخبار</description><language>ar</language>""");
		for (String item : items) {
			xml.append(item);
		}
		return xml.append("</channel></rss>").toString();
	}

	private static String item(String guid, String title) {
		return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://news.example/" + guid
				+ "</link><description>&lt;p&gt;" + title + " — تفاصيل&lt;/p&gt;</description>"
				+ "<pubDate>Mon, 23 Nov 2026 10:00:00 GMT</pubDate></item>";
	}

	@Test
	void entriesBecomeItemsOnceAndAnUnchangedFeedIsNotDownloadedAgain() {
		String path = "/feeds/" + UUID.randomUUID() + ".xml";
		String a = UUID.randomUUID().toString();
		String b = UUID.randomUUID().toString();
		servers.page(path, "application/rss+xml", rss(item(a, "حريق في سوق " + a), item(b, "Accident à Fès " + b)),
				"\"v1\"");
		UUID feed = feeds.follow(servers.url(path), "Journal " + path, "fes-meknes", "supervisor");

		FollowedFeeds.PollResult first = feeds.poll(feed);
		assertThat(first.status()).isEqualTo(200);
		assertThat(first.created()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from vigilance.monitored_item where source = 'FEED' and source_key = ?")
			.param(feed.toString()).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("select text from vigilance.monitored_item where source_key = ? and source_item_id = ?")
			.params(feed.toString(), a).query(String.class).single()).contains("حريق في سوق", "تفاصيل")
			.doesNotContain("<p>");

		int notModifiedBefore = servers.notModifiedCount();
		FollowedFeeds.PollResult second = feeds.poll(feed);
		assertThat(second.status()).isEqualTo(304);
		assertThat(servers.notModifiedCount()).isEqualTo(notModifiedBefore + 1);

		String c = UUID.randomUUID().toString();
		servers.page(path, "application/rss+xml", rss(item(a, "حريق في سوق " + a), item(b, "Accident à Fès " + b),
				item(c, "إشاعة جديدة " + c)), "\"v2\"");
		FollowedFeeds.PollResult third = feeds.poll(feed);
		assertThat(third.entries()).isEqualTo(3);
		assertThat(third.created()).isEqualTo(1);
	}

	@Test
	void aBrokenFeedIsMarkedAndDoesNotThrow() {
		String path = "/feeds/" + UUID.randomUUID() + ".xml";
		servers.page(path, "application/rss+xml", "<rss><channel><item>not closed", null);
		UUID feed = feeds.follow(servers.url(path), "Broken " + path, null, "supervisor");
		assertThat(feeds.poll(feed).status()).isEqualTo(-1);
		UUID missing = feeds.follow(servers.url("/feeds/none-" + UUID.randomUUID()), "Missing", null, "supervisor");
		assertThat(feeds.poll(missing).status()).isEqualTo(404);
		assertThat(feeds.all()).filteredOn(f -> f.id().equals(feed)).singleElement()
			.satisfies(f -> assertThat(f.lastStatus()).startsWith("error"));
	}
}
