-- The time zone a person reads and enters workspace times in (an IANA id such as Europe/Kyiv); empty means
-- the zone of their organisation's country.
alter table account add column time_zone varchar(40);
