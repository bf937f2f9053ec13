create schema if not exists similarity;

-- Claim matching (issue 6). V1..V49 of this schema belong to the rumour-grouping half.
-- Published truth statements as the claim index sees them; the in-memory index is rebuilt from this table.
create table similarity.statement_claim (
    publication_id  uuid not null,
    language        text not null,
    title           text not null,
    claim_text      text not null,
    active          boolean not null default true,
    indexed_at      timestamptz not null default now(),
    primary key (publication_id, language)
);

-- What citizens reported, kept for matching against statements published later.
create table similarity.report_text (
    report_id     uuid primary key,
    text          text not null,
    language      text not null,
    submitted_at  timestamptz not null
);

-- One row per (report, statement) pair that matched at least at the suggest level. "Never twice" rests on the key.
create table similarity.statement_match (
    report_id       uuid not null,
    publication_id  uuid not null,
    score           double precision not null,
    level           text not null,
    status          text not null,
    matched_at      timestamptz not null,
    decided_by      text,
    decided_at      timestamptz,
    primary key (report_id, publication_id)
);
create index statement_match_status_idx on similarity.statement_match (status, matched_at);

-- Staff feedback on suggestions (confirm/dismiss), kept to tune the thresholds.
create table similarity.match_feedback (
    id              bigint generated always as identity primary key,
    report_id       uuid not null,
    publication_id  uuid not null,
    score           double precision not null,
    decision        text not null,
    decided_by      text not null,
    decided_at      timestamptz not null
);
