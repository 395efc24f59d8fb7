-- Public news lists read only this index: a page of ids newest first, filtered by organisation inside the
-- index, so a deep page (offset 10,000) scans index entries instead of rows with their long bodies.
create index ix_post_public_list on post (status, published_at, id, organisation_id);
alter table post drop index ix_post_status_published;
