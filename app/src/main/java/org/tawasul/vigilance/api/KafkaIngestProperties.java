package org.tawasul.vigilance.api;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The optional Kafka source of monitored items. Nothing Kafka-related starts unless {@code bootstrapServers} is set.
 *
 * @param bootstrapServers the brokers ({@code host:port,…}); empty: Kafka ingest is off
 * @param topic where collectors publish items (record value: one item in the HTTP API's JSON format; key: its id)
 * @param deadLetterTopic where malformed records go, with the reason in the {@code kafka_dlt-exception-message} header
 * @param collector the collector name used when a record carries no {@code tawasul-collector} header
 * @param groupId the consumer group: one per deployment, shared by its nodes
 * @param concurrency consumers per node (at most the topic's partitions in total)
 */
@ConfigurationProperties("tawasul.kafka")
record KafkaIngestProperties(@Nullable String bootstrapServers,
		@DefaultValue("tawasul.monitoring.items") String topic,
		@DefaultValue("tawasul.monitoring.items.dlt") String deadLetterTopic,
		@DefaultValue("kafka") String collector,
		@DefaultValue("tawasul-vigilance") String groupId,
		@DefaultValue("1") int concurrency) {
}
