-- The time zone an event's start and end are given in (an IANA id such as Europe/Kyiv); empty for events written
-- before it existed, which are read in their organisation's country's zone.
alter table post add column event_time_zone varchar(40);
alter table post_revision add column event_time_zone varchar(40);
