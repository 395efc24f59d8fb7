-- Network pages keep their history: every save of a page's text in a language is a numbered version; a draft is a version
-- saved and not (yet) published, and the page (or its translation) holds the text of the version published last, which
-- the public reads. A new page stays off the public site until its first publication.
alter table network_page add column published boolean not null default true;

create table network_page_version (
    id            bigint       not null auto_increment,
    page_id       bigint       not null,
    language      varchar(2)   not null,
    version_number integer     not null,
    title         varchar(200) not null,
    body          longtext,
    position      integer,
    saved_by      varchar(100) not null,
    saved_at      datetime(6)  not null,
    published_by  varchar(100),
    published_at  datetime(6),
    restored_from integer,
    primary key (id),
    constraint uk_network_page_version unique (page_id, language, version_number),
    constraint fk_network_page_version_page foreign key (page_id) references network_page (id)
);

-- What the public reads today is each page's (and translation's) first version, published when it last changed.
insert into network_page_version (page_id, language, version_number, title, body, position, saved_by, saved_at, published_by, published_at)
select id, 'en', 1, title, body, position, 'secretariat', updated_at, 'secretariat', updated_at from network_page;
insert into network_page_version (page_id, language, version_number, title, body, position, saved_by, saved_at, published_by, published_at)
select page_id, language, 1, title, body, null, 'secretariat', updated_at, 'secretariat', updated_at from network_page_translation;
