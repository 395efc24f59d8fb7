-- The version of the public content, one number shared by every replica of the portal: raised after each commit that
-- changes what the public may see (a post, an organisation, a network page, an embargo's end), read by every replica
-- every few seconds; the public pages' ETags and caches are keyed by it, so replicas answer alike.
create table public_content_version (
    id int not null primary key,
    version bigint not null
);
insert into public_content_version (id, version) values (1, 0);
