-- Audit trail for 等保 2.0 level 2: where each action came from and how it ended, and a hash chain
-- that shows whether any stored event was altered. Both tables are insert-only: no code updates or
-- deletes their rows (docs/DEPLOYMENT.md has the GRANTs that make the database refuse it too).
alter table audit_event add column address varchar(64) default 'system' not null;
alter table audit_event add column result varchar(10) default 'SUCCESS' not null;

create index audit_event_actor on audit_event (actor, at);
create index audit_event_action on audit_event (action, at);

-- The chain: seq 1, 2, 3 … without gaps; hash = SHA-256(previous hash || canonical event). One row per
-- event (event_id unique) and one per position (seq primary key), so two sealers can never fork it.
create table audit_seal (
    seq        bigint primary key,
    event_id   bigint not null unique references audit_event (id),
    hash       varchar(64) not null,
    sealed_at  timestamp with time zone not null
);
