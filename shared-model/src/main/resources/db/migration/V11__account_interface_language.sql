-- The language a person reads the workspace in (a network language's ISO 639-1 code, such as pl); empty means the
-- first language of their organisation's country, English for the secretariat and any other country.
alter table account add column interface_language varchar(8);
