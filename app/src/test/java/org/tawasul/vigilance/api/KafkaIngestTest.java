package org.tawasul.vigilance.api;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tawasul.TawasulTest;
import org.tawasul.vigilance.KafkaTestBroker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TawasulTest
class KafkaIngestTest {

	@Value("${tawasul.kafka.bootstrap-servers}")
	String brokers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsGoThroughTheSameIntakeOnceEachAndMalformedOnesReachTheDeadLetterTopic() throws Exception {
		String collector = "kafka-test-" + UUID.randomUUID();
		String id = "tw:" + UUID.randomUUID();
		String item = """
				{"url":"https://x.com/p/1","text":"فيديو تشرميل في الشارع %s","language":"ary",
				 "category":"VIOLENT_CONTENT","detectedAt":"2026-11-23T10:00:03Z"}""".formatted(id);
		String notJson = "bad-json-" + UUID.randomUUID();
		String noText = "no-text-" + UUID.randomUUID();
		RecordMetadata duplicate = null;
		try (var producer = new KafkaProducer<String, String>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			for (var record : List.of(new ProducerRecord<>(KafkaTestBroker.TOPIC, id, item),
					new ProducerRecord<>(KafkaTestBroker.TOPIC, notJson, "{not json"),
					new ProducerRecord<>(KafkaTestBroker.TOPIC, id, item),
					new ProducerRecord<>(KafkaTestBroker.TOPIC, noText, "{\"url\":\"https://x.com/p/2\"}"))) {
				record.headers().add(KafkaIngest.COLLECTOR_HEADER, collector.getBytes(StandardCharsets.UTF_8));
				RecordMetadata sent = producer.send(record).get();
				if (id.equals(record.key())) {
					duplicate = sent;
				}
			}
		}
		RecordMetadata resent = java.util.Objects.requireNonNull(duplicate);
		try (Admin admin = Admin.create(Map.<String, Object>of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
			TopicPartition partition = new TopicPartition(resent.topic(), resent.partition());
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				OffsetAndMetadata committed = admin.listConsumerGroupOffsets("tawasul-vigilance")
					.partitionsToOffsetAndMetadata().get().get(partition);
				assertThat(committed).as("the re-sent record has been consumed").isNotNull();
				assertThat(committed.offset()).isGreaterThan(resent.offset());
			});
		}

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				select count(*) from vigilance.monitored_item i join vigilance.alert a on a.group_id = i.group_id
				where i.source = 'COLLECTOR' and i.source_key = ? and i.source_item_id = ?""")
			.params(collector, id).query(Long.class).single()).isEqualTo(1));
		assertThat(jdbc.sql("select count(*) from vigilance.monitored_item where source_key = ?")
			.param(collector).query(Long.class).single()).isEqualTo(1);

		List<ConsumerRecord<String, String>> deadLetters = new ArrayList<>();
		try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers,
				ConsumerConfig.GROUP_ID_CONFIG, "dlt-reader-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
			consumer.subscribe(List.of(KafkaTestBroker.DEAD_LETTERS));
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				consumer.poll(Duration.ofMillis(200)).forEach(r -> {
					if (notJson.equals(r.key()) || noText.equals(r.key())) {
						deadLetters.add(r);
					}
				});
				assertThat(deadLetters).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(notJson, noText);
			});
		}
		assertThat(deadLetters).allSatisfy(r -> assertThat(r.headers().lastHeader("kafka_dlt-exception-message"))
			.isNotNull());
		var reason = deadLetters.stream().filter(r -> noText.equals(r.key())).findFirst().orElseThrow()
			.headers().lastHeader("kafka_dlt-exception-message").value();
		assertThat(new String(reason, StandardCharsets.UTF_8)).contains("text is required");
	}
}
