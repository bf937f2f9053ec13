package org.tawasul.vigilance.api;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;

/** Kafka on the class path is not Kafka switched on: without the property, no consumer, no listener, no producer. */
class KafkaIngestOffTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(KafkaAutoConfiguration.class))
		.withUserConfiguration(KafkaIngest.class);

	@Test
	void withoutBootstrapServersNothingOfTheKafkaIngestIsCreated() {
		runner.run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(KafkaIngest.class);
			assertThat(context).doesNotHaveBean(KafkaIngest.Listener.class);
			assertThat(context).doesNotHaveBean(MessageListenerContainer.class);
		});
	}
}
