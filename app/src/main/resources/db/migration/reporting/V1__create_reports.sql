create schema if not exists reporting;

-- One citizen report. The tracking code itself is never stored: only its SHA-256 (85 random bits make the hash
-- impossible to reverse). The reporter's contact (and, for them only, the code) is sealed with AES-GCM.
-- No client address is stored with a report.
create table reporting.report (
    id               uuid primary key,
    reference        bigint generated always as identity unique,
    tracking_hash    char(64) not null unique,
    category         text not null,
    severity         int not null,
    status           text not null,
    priority         int not null default 0,
    description      text not null,
    post_text        text,
    links            text[] not null default '{}',
    platform         text,
    seen_at          timestamptz,
    language         text not null,
    region_code      text,
    sealed_contact   bytea,
    has_contact      boolean not null,
    assignee         text,
    duplicate_of     uuid references reporting.report (id),
    rejection_reason text,
    demo             boolean not null default false,
    submitted_at     timestamptz not null,
    updated_at       timestamptz not null,
    search_text      text not null,
    search_vector    tsvector generated always as (to_tsvector('simple', search_text)) stored,
    version          int not null default 0
);

create index report_inbox_idx on reporting.report ((severity >= 100) desc, priority desc, submitted_at desc);
create index report_status_idx on reporting.report (status);
create index report_region_idx on reporting.report (region_code);
create index report_search_idx on reporting.report using gin (search_vector);

-- Every status a report went through, who moved it and when; the reporter sees it in their language.
create table reporting.status_change (
    id         bigint generated always as identity primary key,
    report_id  uuid not null references reporting.report (id),
    status     text not null,
    changed_at timestamptz not null,
    actor      text not null
);
create index status_change_report_idx on reporting.status_change (report_id, changed_at);

-- Messages from the service to the reporter (shown on the tracking page).
create table reporting.reporter_message (
    id        bigint generated always as identity primary key,
    report_id uuid not null references reporting.report (id),
    text      text not null,
    sent_at   timestamptz not null,
    author    text not null
);
create index reporter_message_report_idx on reporting.reporter_message (report_id, sent_at);

-- Staff-only notes.
create table reporting.internal_note (
    id         bigint generated always as identity primary key,
    report_id  uuid not null references reporting.report (id),
    text       text not null,
    written_at timestamptz not null,
    author     text not null
);
create index internal_note_report_idx on reporting.internal_note (report_id, written_at);

-- Files attached to a report: the sanitised file is in the blob store under sha256; original_sha256 is the
-- digest of what the citizen sent (equal when nothing had to be removed). The file name is not kept.
create table reporting.attachment (
    id              bigint generated always as identity primary key,
    report_id       uuid not null references reporting.report (id),
    position        int not null,
    media_type      text not null,
    size_bytes      bigint not null,
    sha256          char(64) not null,
    original_sha256 char(64) not null,
    unique (report_id, position)
);

-- Idempotency of the public API: a retried request with the same key from the same client gets the same report.
-- client_ref is an HMAC of the client address (not reversible without the server key); the sealed code lets the
-- retry answer with the tracking code; rows older than 24 hours are deleted.
create table reporting.idempotency_key (
    idempotency_key text not null,
    client_ref      char(64) not null,
    request_hash    char(64) not null,
    report_id       uuid not null,
    sealed_code     bytea not null,
    created_at      timestamptz not null,
    primary key (idempotency_key, client_ref)
);
create index idempotency_key_created_idx on reporting.idempotency_key (created_at);
