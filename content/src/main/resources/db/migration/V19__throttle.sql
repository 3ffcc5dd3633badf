-- Rate limits, single-use challenges and login back-off shared by every portal of a deployment.

-- Bucket4j's PostgreSQL backend (kepu.throttle.store=database): one row per limited key, the bucket
-- state serialised by Bucket4j, expires_at in epoch milliseconds for the clean-up.
create table rate_limit_bucket (
    id varchar(200) not null,
    state bytea,
    expires_at bigint,
    constraint rate_limit_bucket_pk primary key (id)
);

create index rate_limit_bucket_expires on rate_limit_bucket (expires_at);

-- Solved captchas and proofs of work, by their nonce: each is accepted once, on any portal.
create table used_challenge (
    nonce varchar(100) not null,
    expires_at timestamp with time zone not null,
    constraint used_challenge_pk primary key (nonce)
);

create index used_challenge_expires on used_challenge (expires_at);

-- Failed logins per resolved account (or normalised unknown name) for the growing back-off.
create table login_failure (
    login_key varchar(200) not null,
    failures int not null,
    last_failure_at timestamp with time zone not null,
    constraint login_failure_pk primary key (login_key)
);

create index login_failure_last on login_failure (last_failure_at);
