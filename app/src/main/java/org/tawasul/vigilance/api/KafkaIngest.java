package org.tawasul.vigilance.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.util.backoff.FixedBackOff;
import org.tawasul.vigilance.monitoring.IncomingItem;
import org.tawasul.vigilance.monitoring.Intake;
import org.tawasul.vigilance.monitoring.IntakeResult;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optional Kafka source for high-volume collectors (ADR 0203). One record = one item in the JSON format of
 * {@code POST /api/v1/monitoring/items}, keyed by its source item id; checked by the same {@link ItemChecks} and
 * stored by the same {@link Intake} as the HTTP API, so it is idempotent by (collector, source item id). A malformed
 * record is logged with its reason and published to the dead-letter topic, never retried and never stopping the
 * consumer; other failures (the database is down) are retried, then dead-lettered too. Built only when
 * {@code tawasul.kafka.bootstrap-servers} is set; Boot's own Kafka beans stay idle (they connect only when used).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("tawasul.kafka.bootstrap-servers")
@EnableConfigurationProperties(KafkaIngestProperties.class)
class KafkaIngest {

	/** Header naming the collector of a record (else {@code tawasul.kafka.collector}). */
	static final String COLLECTOR_HEADER = "tawasul-collector";

	private static final Logger log = LoggerFactory.getLogger(KafkaIngest.class);

	/** A record that can never be ingested; its message is the reason (English). */
	static final class MalformedRecord extends RuntimeException {

		MalformedRecord(String reason) {
			super(reason);
		}
	}

	@Bean(destroyMethod = "destroy")
	KafkaTemplate<String, String> kafkaIngestDeadLetters(KafkaIngestProperties properties) {
		var factory = new DefaultKafkaProducerFactory<String, String>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.ACKS_CONFIG, "all"));
		return new KafkaTemplate<>(factory);
	}

	@Bean
	ConcurrentMessageListenerContainer<String, String> kafkaIngestContainer(KafkaIngestProperties properties,
			Listener listener, KafkaTemplate<String, String> kafkaIngestDeadLetters) {
		var consumers = new DefaultKafkaConsumerFactory<String, String>(Map.of(
				ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, properties.bootstrapServers(),
				ConsumerConfig.GROUP_ID_CONFIG, properties.groupId(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
		ContainerProperties container = new ContainerProperties(properties.topic());
		container.setAckMode(ContainerProperties.AckMode.RECORD);
		container.setMessageListener(listener);
		var recoverer = new DeadLetterPublishingRecoverer(kafkaIngestDeadLetters,
				(record, e) -> new TopicPartition(properties.deadLetterTopic(), -1));
		var errors = new DefaultErrorHandler(recoverer, new FixedBackOff(2_000, 5));
		errors.addNotRetryableExceptions(MalformedRecord.class);
		var result = new ConcurrentMessageListenerContainer<>(consumers, container);
		result.setConcurrency(properties.concurrency());
		result.setCommonErrorHandler(errors);
		return result;
	}

	@Bean
	Listener kafkaIngestListener(ItemChecks checks, Intake intake, KafkaIngestProperties properties, Clock clock) {
		return new Listener(checks, intake, properties, clock);
	}

	/** Turns one record into one item and hands it to the intake. */
	static final class Listener implements MessageListener<String, String> {

		private final ItemChecks checks;

		private final Intake intake;

		private final KafkaIngestProperties properties;

		private final Clock clock;

		private final JsonMapper json = JsonMapper.builder().build();

		Listener(ItemChecks checks, Intake intake, KafkaIngestProperties properties, Clock clock) {
			this.checks = checks;
			this.intake = intake;
			this.properties = properties;
			this.clock = clock;
		}

		@Override
		public void onMessage(ConsumerRecord<String, String> record) {
			try {
				IntakeResult result = intake.ingest(List.of(item(record))).get(0);
				log.debug("Kafka item {} from {}-{}@{}: {}", result.sourceItemId(), record.topic(), record.partition(),
						record.offset(), result.duplicate() ? "duplicate" : "created");
			}
			catch (MalformedRecord e) {
				log.warn("Malformed Kafka record {}-{}@{} (key {}), sent to the dead-letter topic: {}", record.topic(),
						record.partition(), record.offset(), record.key(), e.getMessage());
				throw e;
			}
		}

		IncomingItem item(ConsumerRecord<String, String> record) {
			if (record.value() == null || record.value().isBlank()) {
				throw new MalformedRecord("empty record value");
			}
			ItemBatch.Item item;
			try {
				item = json.readValue(record.value(), ItemBatch.Item.class);
			}
			catch (JacksonException e) {
				throw new MalformedRecord("not an item in JSON: " + e.getOriginalMessage());
			}
			if (item == null) {
				throw new MalformedRecord("not an item in JSON");
			}
			if (item.sourceItemId() == null && record.key() != null) {
				item = new ItemBatch.Item(record.key(), item.url(), item.text(), item.language(), item.regionCode(),
						item.category(), item.author(), item.publishedAt(), item.detectedAt());
			}
			else if (item.sourceItemId() != null && record.key() != null && !record.key().equals(item.sourceItemId())) {
				throw new MalformedRecord("record key and sourceItemId differ");
			}
			List<String> errors = new ArrayList<>();
			IncomingItem incoming = checks.check(item, collector(record), clock.instant(), errors, Locale.ENGLISH);
			if (incoming == null) {
				throw new MalformedRecord(String.join(" ", errors));
			}
			return incoming;
		}

		private String collector(ConsumerRecord<String, String> record) {
			Header header = record.headers().lastHeader(COLLECTOR_HEADER);
			@Nullable String name = header == null || header.value() == null ? null
					: new String(header.value(), StandardCharsets.UTF_8).strip();
			return name == null || name.isEmpty() || name.length() > 100 ? properties.collector() : name;
		}
	}
}
