package org.tawasul.reporting.internal;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tawasul.TawasulTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo seeder (on with {@code --demo}) stores its twenty flagged reports once, however often it runs. */
@TawasulTest
class DemoReportsTest {

	@Autowired
	Reports reports;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	@Test
	void seedsTwentyFlaggedReportsOnce() {
		DemoReports seeder = new DemoReports(reports, jdbc, transaction, clock);

		seeder.run(null);
		seeder.run(null);

		assertThat(jdbc.sql("select count(*) from reporting.report where demo").query(Long.class).single())
			.isEqualTo(20);
		assertThat(jdbc.sql("select count(distinct language) from reporting.report where demo").query(Long.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from reporting.report where demo and status = 'ESCALATED'")
			.query(Long.class).single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from reporting.report where demo and has_contact").query(Long.class)
			.single()).isZero();
	}
}
