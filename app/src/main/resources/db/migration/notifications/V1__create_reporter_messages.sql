create schema if not exists notifications;

-- Messages to reporters telling them a truth statement answers their report. The key makes "never twice" a fact
-- of the database, whatever happens to the events (redelivery, two nodes).
create table notifications.statement_answer (
    report_id       uuid not null,
    publication_id  uuid not null,
    status          text not null,
    language        text not null,
    created_at      timestamptz not null,
    sent_at         timestamptz,
    primary key (report_id, publication_id)
);
