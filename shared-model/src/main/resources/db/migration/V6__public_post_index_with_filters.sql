-- The public-list index also carries the filters of the news list (type, language), so that a filtered list is
-- read from the index alone instead of from every post row (on H2 a list of a rare language read 80,000 rows).
create index ix_post_public_lists on post (status, published_at desc, id desc, organisation_id, type, language);
alter table post drop index ix_post_public_newest;
