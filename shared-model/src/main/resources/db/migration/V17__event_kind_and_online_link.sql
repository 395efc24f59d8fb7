-- What kind of gathering an event is (the events page's filter) and where people join it online, for posts and
-- for proposed changes to them. Both are optional: an event needs a place, a link to join online, or both.
alter table post add column event_kind varchar(20);
alter table post add column event_online_url varchar(500);
alter table post_revision add column event_kind varchar(20);
alter table post_revision add column event_online_url varchar(500);
