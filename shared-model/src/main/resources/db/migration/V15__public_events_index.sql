-- The public events page lists events by their start (soonest first, past ones newest first): an index on the
-- events' start times, so the page reads the events near now and not every post.
create index ix_post_type_event_start on post (type, event_start);
