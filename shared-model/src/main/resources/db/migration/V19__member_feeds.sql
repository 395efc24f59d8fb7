-- Federation: a member's own website feeds the portal. Each feed an organisation registered, with what the fetcher
-- last saw of it (the address is at most 700 characters: with the organisation it is a unique key, which MySQL limits to
-- 3,072 bytes in utf8mb4); each item taken from a feed, by a key (a hash of its id, else its link) unique in its organisation,
-- so an item is taken once across fetches, restarts and a feed removed and added again.
create table member_feed (
    id                     bigint        not null auto_increment,
    organisation_id        bigint        not null,
    url                    varchar(700)  not null,
    title                  varchar(300),
    default_type           varchar(20)   not null,
    default_language       varchar(2)    not null,
    trusted                boolean       not null default false,
    paused                 boolean       not null default false,
    fetch_interval_minutes integer       not null,
    etag                   varchar(300),
    last_modified          varchar(100),
    next_fetch_at          datetime(6)   not null,
    claimed_until          datetime(6),
    last_fetched_at        datetime(6),
    last_changed_at        datetime(6),
    last_error             varchar(100),
    last_error_detail      varchar(500),
    failures               integer       not null default 0,
    items_taken            integer       not null default 0,
    created_at             datetime(6)   not null,
    version                bigint        not null default 0,
    primary key (id),
    constraint uk_member_feed_url unique (organisation_id, url),
    constraint fk_member_feed_organisation foreign key (organisation_id) references member_organisation (id)
);
create index ix_member_feed_due on member_feed (paused, next_fetch_at);

create table member_feed_item (
    id              bigint       not null auto_increment,
    organisation_id bigint       not null,
    item_key        varchar(64)  not null,
    feed_id         bigint,
    post_id         bigint       not null,
    content_hash    varchar(64)  not null,
    taken_at        datetime(6)  not null,
    changed_at      datetime(6)  not null,
    primary key (id),
    constraint uk_member_feed_item unique (organisation_id, item_key),
    constraint fk_member_feed_item_post foreign key (post_id) references post (id)
);

-- A post taken from a member's website keeps where it came from: its original address (shown on its page), whether that
-- address is on the feed's own site (only then is it the post's canonical link), and when the website published it.
alter table post add column source_url varchar(1000);
alter table post add column source_canonical boolean;
alter table post add column source_published_at datetime(6);
