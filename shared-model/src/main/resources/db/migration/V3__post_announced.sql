-- When a published post actually became public (at approval, or at its publish-at moment), announced
-- once by the scheduled publishing job so that search, feeds and caches can follow.
alter table post add column announced_at datetime(6);
create index ix_post_status_announced on post (status, announced_at, published_at);
