-- The anchor: how many entries the trail holds and the hash of the last one, updated in the same transaction as
-- every append's transaction. A chain alone cannot reveal that its LAST entries were deleted; the anchor can (see ADR 0151).
create table audit.anchor (
    id         int primary key check (id = 1),
    entries    bigint not null,
    head_hash  char(64) not null
);

insert into audit.anchor (id, entries, head_hash)
select 1, count(*), coalesce((select hash from audit.entry order by sequence desc limit 1), repeat('0', 64))
from audit.entry;

-- The anchor only moves forward and is never deleted.
create function audit.anchor_forward_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        raise exception 'the audit anchor cannot be deleted';
    end if;
    if new.entries <= old.entries then
        raise exception 'the audit anchor only moves forward';
    end if;
    return new;
end;
$$;

create trigger anchor_forward_only before update or delete on audit.anchor
    for each row execute function audit.anchor_forward_only();

create index entry_by_actor on audit.entry (actor, sequence desc);
create index entry_by_subject on audit.entry (subject, sequence desc);
