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
 * {@link FailedMailRetry}) — the report itself was never at risk. Phone numbers get nothing yet (no SMS gateway).
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

	ReporterAcknowledgement(ReporterContacts contacts, JavaMailSender mail, MessageSource messages,
			NotificationsProperties properties) {
		this.contacts = contacts;
		this.mail = mail;
		this.messages = messages;
		this.properties = properties;
		this.templates = textTemplates(messages);
	}

	/** Only reports with a contact concern this listener: anonymous ones leave no publication to complete. */
	@ApplicationModuleListener(condition = "#event.hasContact()")
	void on(ReportSubmitted event) throws MessagingException {
		Optional<ReporterContact> contact = contacts.find(event.reportId(), "system");
		if (contact.isEmpty() || contact.get().email() == null) {
			log.debug("Report {} left no email; nothing to send", event.reportId());
			return;
		}
		Locale locale = Locale.forLanguageTag(contact.get().language());
		Context model = new Context(locale);
		model.setVariable("code", contact.get().trackingCode());
		model.setVariable("url", properties.publicUrl().replaceAll("/+$", "") + "/track/" + contact.get().trackingCode());
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
