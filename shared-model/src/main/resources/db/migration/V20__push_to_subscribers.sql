-- Federation, pushing out: WebSub pings and webhooks wait in an outbox of HTTP requests, written with the change they
-- announce and sent (and retried) like the notification e-mails; webhook subscribers are kept by the secretariat.
create table webhook_subscription (
    id          bigint        not null auto_increment,
    name        varchar(120)  not null,
    url         varchar(1000) not null,
    secret      varchar(100)  not null,
    events      varchar(200)  not null,
    active      boolean       not null default true,
    created_at  datetime(6)   not null,
    primary key (id)
);

create table outbox_request (
    id              bigint        not null auto_increment,
    kind            varchar(20)   not null,
    subscription_id bigint,
    event           varchar(40)   not null,
    url             varchar(1000) not null,
    content_type    varchar(100)  not null,
    body            longtext      not null,
    signature       varchar(100),
    status          varchar(20)   not null,
    attempts        integer       not null,
    last_error      varchar(1000),
    created_at      datetime(6)   not null,
    next_attempt_at datetime(6)   not null,
    sent_at         datetime(6),
    primary key (id)
);
create index ix_outbox_request_due on outbox_request (status, next_attempt_at, id);
