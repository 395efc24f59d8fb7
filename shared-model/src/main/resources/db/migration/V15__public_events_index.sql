-- The public events page lists events by their start (soonest first, past ones newest first): an index on the
-- published events' start times, so the page reads the events near now and not every published event (the query
-- leaves the publication moment to the caller, or H2 prefers ix_post_status_type_published and reads them all).
create index ix_post_type_status_event_start on post (type, status, event_start);
