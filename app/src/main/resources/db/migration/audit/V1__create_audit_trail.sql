create schema if not exists audit;

-- Append-only: the application role may insert and read, never update or delete (see V2 for the trigger that
-- refuses it even to the owner). Each entry's hash covers its own fields and the previous entry's hash.
create table audit.entry (
    sequence      bigint primary key,
    recorded_at   timestamptz not null,
    actor         text not null,
    action        text not null,
    subject       text not null,
    details       jsonb not null default '{}'::jsonb,
    previous_hash char(64) not null,
    hash          char(64) not null unique
);

create function audit.refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit entries are append-only';
end;
$$;

create trigger entry_append_only before update or delete on audit.entry
    for each row execute function audit.refuse_change();
