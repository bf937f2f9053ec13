package org.tawasul.notifications.answers;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tawasul.newsroom.PublicLinks;
import org.tawasul.newsroom.PublicationId;
import org.tawasul.notifications.internal.NotificationsProperties;
import org.tawasul.notifications.internal.TextMessages;
import org.tawasul.reporting.ReporterContact;
import org.tawasul.reporting.ReporterContacts;
import org.tawasul.similarity.StatementMatched;

/**
 * Tells a reporter, once, that a published truth statement answers their report, with its link. "Once" is the
 * primary key of {@code notifications.statement_answer}: a redelivered event or a second node inserts nothing and
 * sends nothing. The message is a mail, or a text message when the reporter left only a phone number and an SMS
 * gateway is configured. Reporters who left no contact get no message (their tracking page shows the answer).
 */
@Component
class AnswerReporter {

	private static final Logger log = LoggerFactory.getLogger(AnswerReporter.class);

	private final JdbcClient jdbc;

	private final ObjectProvider<ReporterContacts> contacts;

	private final ObjectProvider<JavaMailSender> mail;

	private final PublicLinks links;

	private final MessageSource messages;

	private final NotificationsProperties properties;

	private final TextMessages sms;

	private final Clock clock;

	AnswerReporter(JdbcClient jdbc, ObjectProvider<ReporterContacts> contacts, ObjectProvider<JavaMailSender> mail,
			PublicLinks links, MessageSource messages, NotificationsProperties properties, TextMessages sms,
			Clock clock) {
		this.jdbc = jdbc;
		this.contacts = contacts;
		this.mail = mail;
		this.links = links;
		this.messages = messages;
		this.properties = properties;
		this.sms = sms;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(StatementMatched event) {
		ReporterContacts directory = contacts.getIfUnique();
		Optional<ReporterContact> contact = directory == null ? Optional.empty()
				: directory.find(event.reportId(), "system");
		String status = directory == null ? "WAITING_FOR_CONTACT_SERVICE"
				: contact.map(c -> c.email() != null || sms.reachable(c).isPresent() ? "SENDING" : "NO_CHANNEL")
					.orElse("NO_CONTACT");
		String language = contact.map(ReporterContact::language).orElse("ar");
		int inserted = jdbc.sql("""
				insert into notifications.statement_answer (report_id, publication_id, status, language, created_at)
				values (?, ?, ?, ?, ?) on conflict (report_id, publication_id) do nothing""")
			.params(event.reportId().value(), event.publicationId(), status, language,
					Timestamp.from(clock.instant()))
			.update();
		if (inserted == 0 || !"SENDING".equals(status)) {
			return; // already told, or nobody to tell
		}
		send(event, contact.orElseThrow(), language);
	}

	private void send(StatementMatched event, ReporterContact contact, String language) {
		var link = links.find(new PublicationId(event.publicationId()), language).orElse(null);
		JavaMailSender sender = mail.getIfAvailable();
		String outcome;
		if (link == null) {
			outcome = "NOT_SENT";
		}
		else if (contact.email() == null) {
			outcome = textMessage(event, contact, link);
		}
		else if (sender == null) {
			outcome = "NOT_SENT";
		}
		else {
			Locale locale = Locale.forLanguageTag(link.language());
			SimpleMailMessage message = new SimpleMailMessage();
			message.setFrom(properties.from());
			message.setTo(contact.email());
			message.setSubject(messages.getMessage("notifications.answer.subject", null, locale));
			message.setText(messages.getMessage("notifications.answer.body",
					new Object[] { link.title(), properties.siteUrl() + link.path() }, locale));
			try {
				sender.send(message);
				outcome = "SENT";
			}
			catch (MailException e) {
				log.warn("Answer to report {} not sent: {}", event.reportId(), e.getMessage());
				outcome = "FAILED";
			}
		}
		jdbc.sql("""
				update notifications.statement_answer set status = ?, sent_at = ?
				where report_id = ? and publication_id = ?""")
			.params(outcome, "SENT".equals(outcome) ? Timestamp.from(clock.instant()) : null,
					event.reportId().value(), event.publicationId())
			.update();
	}

	private String textMessage(StatementMatched event, ReporterContact contact, PublicLinks.PublicLink link) {
		Optional<String> number = sms.reachable(contact);
		if (number.isEmpty()) {
			return "NOT_SENT";
		}
		try {
			sms.send(number.get(), messages.getMessage("notifications.answer.sms",
					new Object[] { link.title(), properties.siteUrl() + link.path() },
					Locale.forLanguageTag(link.language())));
			return "SENT";
		}
		catch (TextMessages.TextMessageFailed e) {
			log.warn("Answer to report {} not sent by text message: {}", event.reportId(), e.getMessage());
			return "FAILED";
		}
	}
}
