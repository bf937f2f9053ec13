-- Second factor (TOTP) and account life cycle. The TOTP secret is stored encrypted (AES-GCM, key outside the
-- database); recovery codes and setup tokens are stored as hashes only.
alter table identity.staff_member
    add column totp_secret              bytea,
    add column totp_last_step           bigint,
    add column password_change_required boolean not null default false,
    add column demo                     boolean not null default false;

create table identity.recovery_code (
    staff_id  uuid not null references identity.staff_member (id) on delete cascade,
    code_hash char(64) not null,
    used_at   timestamptz,
    primary key (staff_id, code_hash)
);

-- One-time links that let the operator create the first administrator.
create table identity.setup_token (
    token_hash char(64) primary key,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index staff_member_by_region on identity.staff_member (region_code);
