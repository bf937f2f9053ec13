create schema if not exists similarity;

-- Which rumour group each monitored item belongs to, with its MinHash signature so the in-memory index can be
-- rebuilt on start. Derived data: rebuildable from the items themselves.
create table similarity.rumour_group_member (
    item_id   text primary key,
    group_id  uuid not null,
    signature int[] not null,
    added_at  timestamptz not null
);

create index rumour_group_member_group on similarity.rumour_group_member (group_id);
