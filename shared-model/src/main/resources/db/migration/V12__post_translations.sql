-- Translations of posts. A translation points to the original it translates (translation_of; null for an original), so
-- an original and its translations are one translation group. Existing posts are all originals: nothing to carry over.
alter table post add column translation_of bigint;
-- Equals translation_of while the translation counts in its group (neither rejected nor archived): unique with the language,
-- so a group has at most one such translation per language, and the published translation of a group in a language is
-- found through this key.
alter table post add column live_translation_of bigint;

create index ix_post_translation_of on post (translation_of);
alter table post add constraint fk_post_translation_of foreign key (translation_of) references post (id);
create unique index uk_post_live_translation on post (live_translation_of, language);

-- Public lists show each group once, by its original ("translation_of is null"). The lists' indexes carry the column, so
-- that a list is still read from its index alone, in its order, and only the condition is added to each entry read.
alter table post drop index ix_post_public_lists;
create index ix_post_public_lists on post (status, published_at desc, id desc, organisation_id, type, language, translation_of);
alter table post drop index ix_post_member_public_list;
create index ix_post_member_public_list on post (organisation_id, status, published_at desc, id desc, translation_of);
