-- Issue 12: a per-account security stamp that every signed-in session carries and is checked against
-- (bumped on disabling, role changes, password changes and "sign out everywhere"); passwords an
-- administrator set must be changed at the next login; API tokens expire; creators reset their
-- password with a code sent to their verified contact.
alter table account add column security_stamp bigint not null default 0;
alter table account add column password_temporary boolean not null default false;

alter table api_token add column expires_at timestamp with time zone;
update api_token set expires_at = created_at + interval '90' day;
alter table api_token alter column expires_at set not null;
create index api_token_account on api_token (account_id);

create table password_reset_code (
    account_id  bigint not null primary key references account (id) on delete cascade,
    code_hash   varchar(100) not null,
    sent_at     timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    attempts    int not null default 0
);
