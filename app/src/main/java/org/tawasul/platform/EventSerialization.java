package org.tawasul.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * How events are written to the publication registry (outbox): JSON by the application's {@link JsonMapper}, as
 * Spring Modulith's own serializer does, but with the mapper resolved once. Modulith's default looks the mapper up in
 * the bean factory on every event, which showed as 3 % of a report submission's CPU (docs/benchmarks.md, intake).
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return mapper.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return mapper.readerFor(type).readValue(serialized.toString());
			}
		};
	}
}
