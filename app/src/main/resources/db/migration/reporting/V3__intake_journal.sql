-- The intake journal: during a burst of submissions a report is acknowledged once this row (and its idempotency
-- claim) has committed, and filed into reporting.report moments later by ReportFiler, which deletes the row in the
-- same transaction. tracking_hash lets the reporter follow a report that is not filed yet. The report's JSON holds no
-- contact: the contact stays sealed as it will be in reporting.report. attempts/retry_at keep a row that cannot be
-- filed from blocking the others (it is retried, never dropped).
create table reporting.intake (
    seq            bigint generated always as identity primary key,
    report_id      uuid not null,
    tracking_hash  char(64) not null,
    received_at    timestamptz not null,
    report         text not null,
    sealed_contact bytea,
    attempts       integer not null default 0,
    retry_at       timestamptz
);
create index intake_tracking_idx on reporting.intake (tracking_hash);
