package org.tawasul;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one way integration tests start Tawasul: the whole application on a random port, on the real embedded
 * PostgreSQL, with a {@link TestClock} tests can move, an in-process SMTP server ({@link TestMail}), a local SMS
 * gateway ({@link org.tawasul.notifications.TestSms}) and an embedded Kafka broker
 * ({@link org.tawasul.vigilance.KafkaTestBroker}). Every test
 * uses exactly this configuration, so the run shares a single Spring context and a single PostgreSQL. Do not add {@code @MockitoBean} or per-test properties:
 * they fork the context. Tests keep their data apart with fresh ids instead of cleaning tables.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({ TestClock.Configuration.class, TestMail.Configuration.class, org.tawasul.notifications.TestSms.Configuration.class,
		org.tawasul.channels.ChannelsFakes.class,
		org.tawasul.vigilance.VigilanceTestServers.class, org.tawasul.vigilance.TestSignIn.class })
@ContextConfiguration(initializers = org.tawasul.vigilance.KafkaTestBroker.class)
public @interface TawasulTest {
}
