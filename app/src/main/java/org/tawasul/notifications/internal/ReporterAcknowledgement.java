package org.tawasul.notifications.internal;

import java.util.Locale;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.tawasul.reporting.ReportSubmitted;
import org.tawasul.reporting.ReporterContact;
import org.tawasul.reporting.ReporterContacts;

/**
 * Tells a reporter who left an email that their report arrived, with the tracking code and the link to follow it,
 * in the language they reported in. It runs after the report is committed, from the event publication registry:
 * if the mail server fails, the exception leaves the publication incomplete and it is sent again later (see
 * {@link FailedMailRetry}) — the report itself was never at risk. A reporter who left only a phone number gets a
 * text message instead, when an SMS gateway is configured ({@link TextMessages}); one message either way.
 */
@Component
@EnableConfigurationProperties(NotificationsProperties.class)
class ReporterAcknowledgement {

	private static final Logger log = LoggerFactory.getLogger(ReporterAcknowledgement.class);

	private final ReporterContacts contacts;

	private final JavaMailSender mail;

	private final MessageSource messages;

	private final NotificationsProperties properties;

	private final TemplateEngine templates;

	private final TextMessages sms;

	ReporterAcknowledgement(ReporterContacts contacts, JavaMailSender mail, MessageSource messages,
			NotificationsProperties properties, TextMessages sms) {
		this.contacts = contacts;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.templates = textTemplates(messages);
		this.sms = sms;
	}

	/** Only reports with a contact concern this listener: anonymous ones leave no publication to complete. */
	@ApplicationModuleListener(condition = "#event.hasContact()")
	void on(ReportSubmitted event) throws MessagingException {
		Optional<ReporterContact> contact = contacts.find(event.reportId(), "system");
		if (contact.isEmpty()) {
			return;
		}
		Locale locale = Locale.forLanguageTag(contact.get().language());
		String url = properties.siteUrl() + "/track/" + contact.get().trackingCode();
		if (contact.get().email() == null) {
			textMessage(event, contact.get(), locale, url);
			return;
		}
		Context model = new Context(locale);
		model.setVariable("code", contact.get().trackingCode());
		model.setVariable("url", url);
		String body = templates.process("report-acknowledgement", model);

		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(properties.from());
		helper.setTo(contact.get().email());
		helper.setSubject(messages.getMessage("mail.ack.subject", new Object[] { contact.get().trackingCode() },
				locale));
		helper.setText(body, false);
		mail.send(message);
		log.info("Acknowledgement sent for report {}", event.reportId());
	}

	/** A failure is thrown, so the publication stays incomplete and the message is tried again, like a mail. */
	private void textMessage(ReportSubmitted event, ReporterContact contact, Locale locale, String url) {
		Optional<String> number = sms.reachable(contact);
		if (number.isEmpty()) {
			log.debug("Report {} left no email, and no phone number a text message can reach", event.reportId());
			return;
		}
		sms.send(number.get(), messages.getMessage("sms.ack.body", new Object[] { contact.trackingCode(), url },
				locale));
		log.info("Acknowledgement sent by text message for report {}", event.reportId());
	}

	private static TemplateEngine textTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return engine;
	}
}
