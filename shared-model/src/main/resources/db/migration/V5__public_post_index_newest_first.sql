-- The public-list index in the order the lists read it, newest first (H2 does not walk an ascending index
-- backwards; MariaDB 10.8+ and MySQL 8 keep descending index order). Whole-network lists exclude inactive
-- organisations inside the index, so a deep page costs about what the first does.
create index ix_post_public_newest on post (status, published_at desc, id desc, organisation_id);
alter table post drop index ix_post_public_list;
