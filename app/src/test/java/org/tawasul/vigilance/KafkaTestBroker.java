package org.tawasul.vigilance;

import java.util.Map;

import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An embedded Kafka broker (KRaft, one node, random port) for the shared test context, so the optional Kafka ingest
 * runs in every integration test run. It must be started before the context is refreshed: the Kafka beans are
 * conditional on {@code tawasul.kafka.bootstrap-servers}, and conditions are evaluated before any
 * {@code DynamicPropertyRegistrar} bean could add it. Hence an initializer, not a test configuration.
 */
public class KafkaTestBroker implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	public static final String TOPIC = "tawasul.monitoring.items";

	public static final String DEAD_LETTERS = "tawasul.monitoring.items.dlt";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		LoggingSystem logging = LoggingSystem.get(KafkaTestBroker.class.getClassLoader());
		for (String noisy : new String[] { "org.apache.kafka", "kafka", "state.change.logger" }) {
			logging.setLogLevel(noisy, LogLevel.WARN);
		}
		EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 2, TOPIC, DEAD_LETTERS);
		broker.afterPropertiesSet();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("kafkaTestBroker",
				Map.of("tawasul.kafka.bootstrap-servers", broker.getBrokersAsString())));
		context.getBeanFactory().registerSingleton("kafkaTestBroker", broker);
		context.addApplicationListener(event -> {
			if (event instanceof ContextClosedEvent) {
				broker.destroy();
			}
		});
	}
}
