-- The domain model. Runs unchanged on H2 (MODE=MySQL) and on MySQL 8 / MariaDB 10.11+.
-- Sets of codes (services, languages, tags, target groups) are sorted comma-separated columns.

create table member_organisation (
    id                 bigint       not null auto_increment,
    slug               varchar(80)  not null,
    kind               varchar(20)  not null,
    country_code       varchar(2)   not null,
    name               varchar(200) not null,
    city               varchar(100) not null,
    short_description  varchar(500),
    long_description   longtext,
    website            varchar(300),
    public_email       varchar(200),
    phone              varchar(50),
    helpline           varchar(50),
    services           varchar(500)  not null,
    target_groups      varchar(1000) not null,
    languages          varchar(200)  not null,
    logo               varchar(200),
    status             varchar(20)  not null,
    created_at         datetime(6)  not null,
    updated_at         datetime(6)  not null,
    profile_updated_at datetime(6)  not null,
    version            bigint       not null,
    primary key (id),
    constraint uk_member_organisation_slug unique (slug)
);

create index ix_member_organisation_status_name on member_organisation (status, name);

create table account (
    id                   bigint       not null auto_increment,
    username             varchar(60)  not null,
    display_name         varchar(120) not null,
    email                varchar(200) not null,
    password_hash        varchar(200),
    role                 varchar(20)  not null,
    organisation_id      bigint,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    failed_login_count   integer      not null,
    locked_until         datetime(6),
    external_subject     varchar(100),
    last_login_at        datetime(6),
    created_at           datetime(6)  not null,
    version              bigint       not null,
    primary key (id),
    constraint uk_account_username unique (username),
    constraint uk_account_external_subject unique (external_subject),
    constraint fk_account_organisation foreign key (organisation_id) references member_organisation (id)
);

create table profile_revision (
    id                       bigint       not null auto_increment,
    organisation_id          bigint       not null,
    open_for_organisation_id bigint,
    status                   varchar(20)  not null,
    name                     varchar(200) not null,
    city                     varchar(100) not null,
    short_description        varchar(500),
    long_description         longtext,
    website                  varchar(300),
    public_email             varchar(200),
    phone                    varchar(50),
    helpline                 varchar(50),
    services                 varchar(500)  not null,
    target_groups            varchar(1000) not null,
    languages                varchar(200)  not null,
    logo                     varchar(200),
    author_account_id        bigint,
    author_name              varchar(120) not null,
    submitted_at             datetime(6),
    decided_by               varchar(120),
    decided_at               datetime(6),
    decision_comment         varchar(2000),
    created_at               datetime(6)  not null,
    updated_at               datetime(6)  not null,
    version                  bigint       not null,
    primary key (id),
    constraint uk_profile_revision_open unique (open_for_organisation_id),
    constraint fk_profile_revision_organisation foreign key (organisation_id) references member_organisation (id)
);

create index ix_profile_revision_status_submitted on profile_revision (status, submitted_at);

create table post (
    id                bigint       not null auto_increment,
    organisation_id   bigint       not null,
    author_account_id bigint,
    author_name       varchar(120) not null,
    slug              varchar(120) not null,
    type              varchar(20)  not null,
    title             varchar(200) not null,
    summary           varchar(500),
    body              longtext,
    language          varchar(2)   not null,
    tags              varchar(500) not null,
    event_start       datetime(6),
    event_end         datetime(6),
    event_location    varchar(200),
    attachment        varchar(200),
    publish_at        datetime(6),
    published_at      datetime(6),
    status            varchar(20)  not null,
    submitted_at      datetime(6),
    created_at        datetime(6)  not null,
    updated_at        datetime(6)  not null,
    version           bigint       not null,
    primary key (id),
    constraint uk_post_slug unique (slug),
    constraint fk_post_organisation foreign key (organisation_id) references member_organisation (id)
);

-- Public lists: published posts newest first, optionally by type.
create index ix_post_status_published on post (status, published_at, id);
create index ix_post_status_type_published on post (status, type, published_at, id);
-- Moderation queue: submitted posts oldest first.
create index ix_post_status_submitted on post (status, submitted_at, id);
-- Member workspace: an organisation's posts by last change.
create index ix_post_organisation_updated on post (organisation_id, updated_at, id);

create table post_revision (
    id                bigint       not null auto_increment,
    post_id           bigint       not null,
    open_for_post_id  bigint,
    status            varchar(20)  not null,
    type              varchar(20)  not null,
    title             varchar(200) not null,
    summary           varchar(500),
    body              longtext,
    language          varchar(2)   not null,
    tags              varchar(500) not null,
    event_start       datetime(6),
    event_end         datetime(6),
    event_location    varchar(200),
    attachment        varchar(200),
    author_account_id bigint,
    author_name       varchar(120) not null,
    submitted_at      datetime(6),
    decided_by        varchar(120),
    decided_at        datetime(6),
    decision_comment  varchar(2000),
    created_at        datetime(6)  not null,
    updated_at        datetime(6)  not null,
    version           bigint       not null,
    primary key (id),
    constraint uk_post_revision_open unique (open_for_post_id),
    constraint fk_post_revision_post foreign key (post_id) references post (id)
);

create index ix_post_revision_status_submitted on post_revision (status, submitted_at);

create table moderation_event (
    id               bigint       not null auto_increment,
    item_type        varchar(20)  not null,
    item_id          bigint       not null,
    organisation_id  bigint       not null,
    actor_account_id bigint,
    actor_name       varchar(120) not null,
    action           varchar(30)  not null,
    from_state       varchar(30),
    to_state         varchar(30)  not null,
    comment          varchar(2000),
    occurred_at      datetime(6)  not null,
    primary key (id)
);

create index ix_moderation_event_item on moderation_event (item_type, item_id, occurred_at);
create index ix_moderation_event_occurred on moderation_event (occurred_at);

create table audit_event (
    id               bigint        not null auto_increment,
    actor_account_id bigint,
    actor_name       varchar(120)  not null,
    action           varchar(60)   not null,
    target_type      varchar(40)   not null,
    target_id        varchar(120),
    organisation_id  bigint,
    summary          varchar(1000),
    occurred_at      datetime(6)   not null,
    primary key (id)
);

create index ix_audit_event_occurred on audit_event (occurred_at);
create index ix_audit_event_actor on audit_event (actor_name, occurred_at);
create index ix_audit_event_organisation on audit_event (organisation_id, occurred_at);
create index ix_audit_event_target on audit_event (target_type, target_id);

create table network_page (
    id         bigint       not null auto_increment,
    slug       varchar(80)  not null,
    title      varchar(200) not null,
    body       longtext,
    position   integer      not null,
    updated_at datetime(6)  not null,
    version    bigint       not null,
    primary key (id),
    constraint uk_network_page_slug unique (slug)
);
