-- Organisation profiles and network pages in several languages. The profile and the pages as they are stay the English
-- text, the fallback the public sees where a translation is missing: nothing to carry over.

-- The approved translation of an organisation's descriptive profile fields into one language; contact details, services,
-- languages and logo are the profile's own.
create table organisation_profile_translation (
    organisation_id   bigint        not null,
    language          varchar(2)    not null,
    name              varchar(200)  not null,
    city              varchar(100)  not null,
    short_description varchar(500),
    long_description  longtext,
    target_groups     varchar(1000) not null,
    updated_at        datetime(6)   not null,
    primary key (organisation_id, language),
    constraint fk_organisation_profile_translation_organisation foreign key (organisation_id) references member_organisation (id)
);

-- A profile change is of the profile itself (en) or of its translation into a language; an organisation has at most one
-- open change per language. Every existing change is of the profile itself.
alter table profile_revision add column language varchar(2) not null default 'en';
alter table profile_revision drop constraint uk_profile_revision_open;
alter table profile_revision add constraint uk_profile_revision_open unique (open_for_organisation_id, language);

-- A network page's text in one language, edited by the secretariat as the English page is.
create table network_page_translation (
    page_id    bigint       not null,
    language   varchar(2)   not null,
    title      varchar(200) not null,
    body       longtext,
    updated_at datetime(6)  not null,
    primary key (page_id, language),
    constraint fk_network_page_translation_page foreign key (page_id) references network_page (id)
);
