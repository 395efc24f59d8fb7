-- One organisation's public posts newest first (member pages, their feeds, ?organisation= lists): read from this
-- index in order instead of walking the whole network's list until ten of one member's posts turn up (all of it
-- for a member with few posts).
create index ix_post_member_public_list on post (organisation_id, status, published_at desc, id desc);
