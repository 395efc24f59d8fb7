-- Images: each organisation's media library (the secretariat's is the network's). An image is stored once per library
-- (by the hash of what was uploaded) as re-encoded variants of a few widths; its row says which. A post names the
-- images it uses (its featured image and those in its text) by their keys: post_image holds those of its live content,
-- so "is this image public" is one index look-up.
create table media_image (
    id              bigint        not null auto_increment,
    image_key       varchar(32)   not null,
    organisation_id bigint        not null,
    original_name   varchar(200)  not null,
    upload_hash     varchar(64)   not null,
    format          varchar(4)    not null,
    width           integer       not null,
    height          integer       not null,
    widths          varchar(40)   not null,
    stored_bytes    bigint        not null,
    alt_text        varchar(250),
    decorative      boolean       not null default false,
    uploaded_by     varchar(120)  not null,
    uploaded_at     datetime(6)   not null,
    version         bigint        not null default 0,
    primary key (id),
    constraint uk_media_image_key unique (image_key),
    constraint uk_media_image_upload unique (organisation_id, upload_hash),
    constraint fk_media_image_organisation foreign key (organisation_id) references member_organisation (id)
);

alter table post add column featured_image varchar(32);
alter table post_revision add column featured_image varchar(32);

create table post_image (
    post_id   bigint      not null,
    image_key varchar(32) not null,
    primary key (post_id, image_key),
    constraint fk_post_image_post foreign key (post_id) references post (id)
);
create index ix_post_image_key on post_image (image_key, post_id);
