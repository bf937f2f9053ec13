package org.tawasul.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tawasul.identity.Role;

/** The {@code identity.staff_member} table: staff accounts, their password hash and second factor. */
@Repository
class StaffAccounts {

	private static final String COLUMNS = """
			id, username, display_name, email, region_code, roles, enabled, failed_attempts, locked_until,
			totp_secret is not null, password_change_required, demo, created_at""";

	private final JdbcClient jdbc;

	StaffAccounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<StaffAccount> find(String username) {
		return jdbc.sql("select " + COLUMNS + " from identity.staff_member where username = ?")
			.param(username)
			.query(StaffAccounts::account)
			.optional();
	}

	Optional<StaffAccount> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from identity.staff_member where id = ?")
			.param(id)
			.query(StaffAccounts::account)
			.optional();
	}

	List<StaffAccount> all() {
		return jdbc.sql("select " + COLUMNS + " from identity.staff_member order by username")
			.query(StaffAccounts::account)
			.list();
	}

	/** Enabled accounts holding a role, optionally only those responsible for one of the given region codes. */
	List<StaffAccount> enabledHolding(Role role, @Nullable List<String> regionCodes) {
		if (regionCodes == null) {
			return jdbc.sql("select " + COLUMNS + " from identity.staff_member "
					+ "where enabled and ? = any(roles) order by username")
				.param(role.name())
				.query(StaffAccounts::account)
				.list();
		}
		return jdbc.sql("select " + COLUMNS + " from identity.staff_member where enabled and ? = any(roles) "
				+ "and (region_code is null or region_code = any(?)) order by username")
			.param(role.name())
			.param(regionCodes.toArray(String[]::new))
			.query(StaffAccounts::account)
			.list();
	}

	boolean anyAdministrator() {
		return jdbc.sql("select exists (select 1 from identity.staff_member where 'ADMINISTRATOR' = any(roles))")
			.query(Boolean.class)
			.single();
	}

	Optional<String> passwordHash(String username) {
		return jdbc.sql("select password_hash from identity.staff_member where username = ?")
			.param(username)
			.query(String.class)
			.optional();
	}

	UUID create(String username, String displayName, @Nullable String email, @Nullable String regionCode,
			Set<Role> roles, String passwordHash, boolean passwordChangeRequired, boolean demo, Instant now) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into identity.staff_member (id, username, display_name, email, password_hash, region_code, roles,
				    password_change_required, demo, created_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, username, displayName, email, passwordHash, regionCode,
					roles.stream().map(Role::name).sorted().toArray(String[]::new), passwordChangeRequired, demo,
					Timestamp.from(now))
			.update();
		return id;
	}

	void update(UUID id, String displayName, @Nullable String email, @Nullable String regionCode, Set<Role> roles) {
		jdbc.sql("""
				update identity.staff_member set display_name = ?, email = ?, region_code = ?, roles = ?,
				    version = version + 1 where id = ?""")
			.params(displayName, email, regionCode, roles.stream().map(Role::name).sorted().toArray(String[]::new), id)
			.update();
	}

	void changePassword(UUID id, String passwordHash, boolean changeRequired) {
		jdbc.sql("update identity.staff_member set password_hash = ?, password_change_required = ?, "
				+ "version = version + 1 where id = ?")
			.params(passwordHash, changeRequired, id)
			.update();
	}

	void setEnabled(UUID id, boolean enabled) {
		jdbc.sql("update identity.staff_member set enabled = ?, version = version + 1 where id = ?")
			.params(enabled, id)
			.update();
	}

	void unlock(UUID id) {
		jdbc.sql("update identity.staff_member set failed_attempts = 0, locked_until = null where id = ?")
			.param(id)
			.update();
	}

	/**
	 * Counts a failed attempt; on reaching {@code max} the account is locked until {@code lockUntil} and the count
	 * starts again. Returns whether this failure locked the account; nothing happens for unknown or locked names.
	 */
	Optional<Boolean> countFailure(String username, int max, Instant now, Instant lockUntil) {
		return jdbc.sql("""
				update identity.staff_member
				set failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
				    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
				where username = :username and (locked_until is null or locked_until <= :now)
				returning locked_until is not null and locked_until > :now""")
			.param("max", max)
			.param("until", Timestamp.from(lockUntil))
			.param("now", Timestamp.from(now))
			.param("username", username)
			.query(Boolean.class)
			.optional();
	}

	void resetFailures(UUID id) {
		jdbc.sql("update identity.staff_member set failed_attempts = 0 where id = ? and failed_attempts <> 0")
			.param(id)
			.update();
	}

	Optional<byte[]> sealedTotpSecret(UUID id) {
		return jdbc.sql("select totp_secret from identity.staff_member where id = ? and totp_secret is not null")
			.param(id)
			.query((rs, n) -> rs.getBytes(1))
			.optional();
	}

	long totpLastStep(UUID id) {
		return jdbc.sql("select coalesce(totp_last_step, -1) from identity.staff_member where id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** Records the step just used, only if it is newer than the last one: false means a replay (even a racing one). */
	boolean useTotpStep(UUID id, long step) {
		return jdbc.sql("update identity.staff_member set totp_last_step = ? "
				+ "where id = ? and coalesce(totp_last_step, -1) < ?")
			.params(step, id, step)
			.update() == 1;
	}

	void enrolTotp(UUID id, byte[] sealedSecret, long usedStep) {
		jdbc.sql("update identity.staff_member set totp_secret = ?, totp_last_step = ?, version = version + 1 "
				+ "where id = ?")
			.params(sealedSecret, usedStep, id)
			.update();
	}

	void resetTotp(UUID id) {
		jdbc.sql("update identity.staff_member set totp_secret = null, totp_last_step = null, version = version + 1 "
				+ "where id = ?")
			.param(id)
			.update();
		jdbc.sql("delete from identity.recovery_code where staff_id = ?").param(id).update();
	}

	void replaceRecoveryCodes(UUID id, List<String> hashes) {
		jdbc.sql("delete from identity.recovery_code where staff_id = ?").param(id).update();
		for (String hash : hashes) {
			jdbc.sql("insert into identity.recovery_code (staff_id, code_hash) values (?, ?)")
				.params(id, hash)
				.update();
		}
	}

	/** Marks an unused recovery code used; false when it does not exist or was used already. */
	boolean useRecoveryCode(UUID id, String hash, Instant now) {
		return jdbc.sql("update identity.recovery_code set used_at = ? "
				+ "where staff_id = ? and code_hash = ? and used_at is null")
			.params(Timestamp.from(now), id, hash)
			.update() == 1;
	}

	int unusedRecoveryCodes(UUID id) {
		return jdbc.sql("select count(*) from identity.recovery_code where staff_id = ? and used_at is null")
			.param(id)
			.query(Integer.class)
			.single();
	}

	private static StaffAccount account(ResultSet rs, int row) throws SQLException {
		Timestamp locked = rs.getTimestamp(9);
		return new StaffAccount(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), roles(rs.getArray(6)), rs.getBoolean(7), rs.getInt(8),
				locked == null ? null : locked.toInstant(), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12),
				rs.getTimestamp(13).toInstant());
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}
}
