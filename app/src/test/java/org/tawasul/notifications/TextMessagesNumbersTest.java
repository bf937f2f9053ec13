package org.tawasul.notifications;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.tawasul.notifications.internal.NotificationsProperties;
import org.tawasul.notifications.internal.TextMessages;

import static org.assertj.core.api.Assertions.assertThat;

/** What reporters type as a phone number, and the international number a text message goes to. */
class TextMessagesNumbersTest {

	private final TextMessages sms = TextMessages.of(new NotificationsProperties("a@b.c", "http://localhost",
			Duration.ofMinutes(5), new NotificationsProperties.Sms("http://localhost:1", null, null, null, "212")));

	@Test
	void nationalAndInternationalFormsBecomeOneNumber() {
		assertThat(sms.international("06 12 34 56 78")).contains("+212612345678");
		assertThat(sms.international("0612-345-678")).contains("+212612345678");
		assertThat(sms.international("(+212) 6 12 34 56 78")).contains("+212612345678");
		assertThat(sms.international("00212612345678")).contains("+212612345678");
		assertThat(sms.international("+33 6 12 34 56 78")).contains("+33612345678");
	}

	@Test
	void whatCannotBeAPhoneNumberIsNotTexted() {
		assertThat(sms.international("123")).isEmpty();
		assertThat(sms.international("+0612345678")).isEmpty();
		assertThat(sms.international("06 12 34 56 78 90 12 34 56")).isEmpty();
	}

	@Test
	void withoutAGatewayNothingIsSent() {
		assertThat(sms.available()).isFalse();
	}
}
