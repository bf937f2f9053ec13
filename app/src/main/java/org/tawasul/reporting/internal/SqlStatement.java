package org.tawasul.reporting.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One SQL statement with its parameters, made ready outside the transaction that runs it, so that a shared writer
 * ({@link GroupCommit#update}) can send the same statement of many callers to PostgreSQL as one JDBC batch.
 *
 * @param params the parameters in order; {@code null} stands for SQL {@code NULL}
 */
record SqlStatement(String sql, List<? extends @Nullable Object> params) {

	Object[] args() {
		return params.toArray();
	}
}
