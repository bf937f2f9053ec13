-- The grouping moved to the text engine's NearDuplicateIndex, whose signatures are serialised bytes. Rows grouped
-- by the earlier stand-in cannot be restored into it; they stay as history (their items keep their group ids) and
-- are skipped when the index is rebuilt.
alter table similarity.rumour_group_member alter column signature drop not null;
alter table similarity.rumour_group_member add column signature_bytes bytea;
