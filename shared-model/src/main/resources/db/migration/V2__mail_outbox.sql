-- Notifications are written here in the same transaction as the decision they report, then sent;
-- a mail server that is down never loses a decision, and admins can read every mail in the workspace.
create table outbox_mail (
    id              bigint        not null auto_increment,
    recipients      varchar(2000) not null,
    subject         varchar(300)  not null,
    body            longtext      not null,
    status          varchar(20)   not null,
    attempts        integer       not null,
    last_error      varchar(1000),
    created_at      datetime(6)   not null,
    next_attempt_at datetime(6)   not null,
    sent_at         datetime(6),
    primary key (id)
);

create index ix_outbox_mail_status_next on outbox_mail (status, next_attempt_at);
create index ix_outbox_mail_created on outbox_mail (created_at);
