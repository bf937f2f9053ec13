package org.tawasul.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulTest;
import org.tawasul.audit.AuditTrail;
import org.tawasul.audit.AuditVerification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tampering is simulated inside a transaction that is rolled back, with the append-only triggers switched off for
 * that transaction only ({@code session_replication_role = replica}, which the embedded database's superuser may
 * set): the shared trail stays intact for every other test.
 */
@TawasulTest
class AuditTamperingTest {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void intactTrailVerifiesAndTheCommandExitsWithZero() {
		audit.record("system", "test.append", "test:intact", Map.of("k", "v"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(AuditVerifyCommand.verify(audit, new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();
		assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("audit trail intact:");
	}

	@Test
	void severalAppendsInOneTransactionMoveTheAnchorToTheLastOne() {
		transactions.executeWithoutResult(status -> {
			for (int i = 0; i < 3; i++) {
				audit.record("system", "test.append", "test:batch-" + i, Map.of());
			}
		});
		long last = jdbc.sql("select max(sequence) from audit.entry").query(Long.class).single();
		assertThat(jdbc.sql("select entries from audit.anchor").query(Long.class).single()).isEqualTo(last);
		assertThat(audit.verify()).isEqualTo(AuditVerification.intact(last));
	}

	@Test
	void anEditedEntryIsFoundByItsSequence() {
		tampered((first, last) -> jdbc.sql("update audit.entry set subject = 'report:someone-else' where sequence = ?")
			.param(first)
			.update(), (first, last, result) -> {
				assertThat(result.intact()).isFalse();
				assertThat(result.firstBrokenSequence()).isEqualTo(first);
				assertThat(result.problem()).contains("edited");
			});
	}

	@Test
	void aDeletedEntryIsFoundAtTheNextSequence() {
		tampered((first, last) -> jdbc.sql("delete from audit.entry where sequence = ?").param(first).update(),
				(first, last, result) -> {
					assertThat(result.intact()).isFalse();
					assertThat(result.firstBrokenSequence()).isEqualTo(first + 1);
				});
	}

	@Test
	void deletingTheLastEntriesIsFoundThroughTheAnchor() {
		tampered((first, last) -> jdbc.sql("delete from audit.entry where sequence >= ?").param(first).update(),
				(first, last, result) -> {
					assertThat(result.intact()).isFalse();
					assertThat(result.firstBrokenSequence()).isEqualTo(first);
					assertThat(result.problem()).contains("deleted");
				});
	}

	@Test
	void theCommandExitsWithOneOnABrokenTrail() {
		tampered((first, last) -> jdbc.sql("update audit.entry set actor = 'nobody' where sequence = ?")
			.param(last)
			.update(), (first, last, result) -> {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				assertThat(AuditVerifyCommand.verify(audit, new PrintStream(out, true, StandardCharsets.UTF_8)))
					.isEqualTo(1);
				assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + last);
			});
	}

	@Test
	void theDatabaseRefusesEditsAndDeletions() {
		audit.record("system", "test.append", "test:guarded", Map.of());
		assertThatThrownBy(() -> jdbc.sql("update audit.entry set actor = 'x' where subject = 'test:guarded'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit.entry where subject = 'test:guarded'").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("update audit.anchor set entries = entries - 1").update())
			.hasMessageContaining("forward");
		assertThat(audit.verify().intact()).isTrue();
	}

	interface Tampering {

		void apply(long first, long last);
	}

	interface Check {

		void verify(long first, long last, AuditVerification result);
	}

	/** Appends two entries, tampers with them, checks what verification says, and rolls everything back. */
	private void tampered(Tampering tampering, Check check) {
		transactions.executeWithoutResult(status -> {
			audit.record("system", "test.append", "test:victim-1", Map.of("n", "1"));
			audit.record("system", "test.append", "test:victim-2", Map.of("n", "2"));
			long last = jdbc.sql("select max(sequence) from audit.entry").query(Long.class).single();
			long first = last - 1;
			assertThat(audit.verify().intact()).isTrue();
			jdbc.sql("set local session_replication_role = replica").update();
			tampering.apply(first, last);
			check.verify(first, last, audit.verify());
			status.setRollbackOnly();
		});
		assertThat(audit.verify().intact()).isTrue();
	}

}
