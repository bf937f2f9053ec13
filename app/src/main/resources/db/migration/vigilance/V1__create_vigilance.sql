create schema if not exists vigilance;

-- Cases and their history. The clock runs from detected_at to communicated_at; sla_breached_at is the once-only flag
-- of the SlaBreached announcement.
create table vigilance.vcase (
    id                   uuid primary key,
    title                text not null,
    category             text not null,
    severity             int not null,
    region_code          text,
    stage                text not null,
    detected_at          timestamptz not null,
    opened_by            text not null,
    opened_at            timestamptz not null,
    communicated_at      timestamptz,
    communication_link   text,
    publication_id       uuid,
    prosecutor_reference text,
    dismissal_reason     text,
    sla_breached_at      timestamptz,
    version              int not null default 0
);
create index vcase_open on vigilance.vcase (stage, region_code) where stage not in ('CLOSED', 'DISMISSED');
create index vcase_unbreached on vigilance.vcase (detected_at) where sla_breached_at is null;

create table vigilance.case_stage (
    case_id uuid not null references vigilance.vcase (id),
    seq     bigserial,
    stage   text not null,
    actor   text not null,
    note    text,
    at      timestamptz not null,
    primary key (case_id, seq)
);

-- What was monitored: one row per item from any source; (source, source_key, source_item_id) makes intake
-- idempotent (source_key is the collector's name, the feed's id, 'reporting' or 'analyst').
create table vigilance.monitored_item (
    id             uuid primary key,
    source         text not null,
    source_key     text not null,
    source_item_id text not null,
    url            text,
    text           text not null,
    language       text,
    region_code    text,
    category       text,
    author         text,
    published_at   timestamptz,
    detected_at    timestamptz not null,
    received_at    timestamptz not null,
    group_id       uuid not null,
    severity       int not null,
    flags          jsonb not null default '[]',
    unique (source, source_key, source_item_id)
);
create index monitored_item_group on vigilance.monitored_item (group_id, received_at);

-- Watch lists: terms in Arabic, Darija, Arabizi or French, optionally limited to a region, each with the category
-- it suggests and the reason shown on every flag it raises. Edited by supervisors.
create table vigilance.watch_term (
    id          uuid primary key,
    term        text not null,
    language    text not null,
    region_code text,
    category    text not null,
    reason      text not null,
    active      boolean not null default true,
    updated_by  text not null,
    updated_at  timestamptz not null
);

-- One alert per rumour group, updated as it grows. taken_by is set atomically by the first analyst who takes it.
create table vigilance.alert (
    id                uuid primary key,
    group_id          uuid not null unique,
    severity          int not null,
    region_code       text,
    reasons           jsonb not null,
    item_count        int not null,
    sample_text       text not null,
    sample_url        text,
    first_detected_at timestamptz not null,
    raised_at         timestamptz not null,
    updated_at        timestamptz not null,
    taken_by          text,
    taken_at          timestamptz,
    case_id           uuid references vigilance.vcase (id)
);
create index alert_queue on vigilance.alert (severity desc, first_detected_at) where case_id is null;

create table vigilance.case_item (
    case_id uuid not null references vigilance.vcase (id),
    item_id uuid not null references vigilance.monitored_item (id),
    primary key (case_id, item_id)
);
create table vigilance.case_group (
    case_id  uuid not null references vigilance.vcase (id),
    group_id uuid not null,
    primary key (case_id, group_id)
);
create table vigilance.case_report (
    case_id     uuid not null references vigilance.vcase (id),
    report_id   uuid not null,
    detected_at timestamptz not null,
    primary key (case_id, report_id)
);

-- Collectors of the ingest API: only the SHA-256 of their token is kept.
create table vigilance.collector (
    id         uuid primary key,
    name       text not null unique,
    token_hash text not null unique,
    enabled    boolean not null default true,
    created_at timestamptz not null
);

-- Followed RSS/Atom feeds, polled with conditional GET.
create table vigilance.feed (
    id             uuid primary key,
    url            text not null unique,
    name           text not null,
    region_code    text,
    etag           text,
    last_modified  text,
    last_polled_at timestamptz,
    last_status    text,
    enabled        boolean not null default true
);

-- Evidence: immutable once stored (no update path in code; a trigger refuses updates and deletes).
create table vigilance.evidence (
    id            uuid primary key,
    case_id       uuid not null references vigilance.vcase (id),
    kind          text not null,
    url           text,
    sha256        text not null,
    size          bigint not null,
    media_type    text not null,
    file_name     text not null,
    captured_at   timestamptz not null,
    captured_by   text not null,
    tsa_token     bytea,
    tsa_time      timestamptz,
    http_status   int
);
create index evidence_case on vigilance.evidence (case_id);

create function vigilance.evidence_is_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'evidence is immutable once stored';
end $$;
create trigger evidence_immutable before update or delete on vigilance.evidence
    for each row execute function vigilance.evidence_is_immutable();

-- Chain of custody: every view, download and export of evidence (also written to the audit trail).
create table vigilance.custody_event (
    id          bigserial primary key,
    evidence_id uuid not null references vigilance.evidence (id),
    action      text not null,
    actor       text not null,
    reason      text not null,
    at          timestamptz not null
);
create index custody_event_evidence on vigilance.custody_event (evidence_id, at);

-- Supervisors' notices of breached clocks, one per case (written by the SlaBreached listener).
create table vigilance.breach_notice (
    case_id     uuid primary key references vigilance.vcase (id),
    region_code text,
    breached_at timestamptz not null
);
