-- How often each publication's PDF was downloaded, per day (UTC): a count, nothing about who downloaded it.
create table publication_download (
    post_id       bigint not null,
    download_day  date   not null,
    downloads     bigint not null,
    primary key (post_id, download_day),
    constraint fk_publication_download_post foreign key (post_id) references post (id)
);
