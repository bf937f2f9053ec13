package org.tawasul.audit.internal;

import java.io.PrintStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;
import org.tawasul.audit.AuditTrail;
import org.tawasul.audit.AuditVerification;

/**
 * {@code ./tawasul audit-verify}: re-computes the chain, prints the result and ends the process with exit code 0
 * when the trail is intact, 1 when it is broken (so cron or a monitoring probe can alert on it).
 */
@Component
@ConditionalOnProperty(name = "tawasul.command", havingValue = "audit-verify")
class AuditVerifyCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AuditVerifyCommand.class);

	private final AuditTrail audit;

	private final ConfigurableApplicationContext context;

	AuditVerifyCommand(AuditTrail audit, ConfigurableApplicationContext context) {
		this.audit = audit;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = verify(audit, System.out);
		System.exit(SpringApplication.exit(context, () -> code));
	}

	/** Verifies, prints a human line and a machine line, and returns the exit code. */
	static int verify(AuditTrail audit, PrintStream out) {
		AuditVerification result = audit.verify();
		if (result.intact()) {
			out.printf("audit trail intact: %d entries verified%n", result.entries());
			log.info("audit-verify: intact, {} entries", result.entries());
			return 0;
		}
		out.printf("audit trail BROKEN at entry %d: %s (%d entries checked)%n", result.firstBrokenSequence(),
				result.problem(), result.entries());
		log.error("audit-verify: broken at {}: {}", result.firstBrokenSequence(), result.problem());
		return 1;
	}
}
