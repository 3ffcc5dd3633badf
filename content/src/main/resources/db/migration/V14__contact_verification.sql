-- Creators' contacts are verified when a delivery channel (SMS, mail) is plugged in; until then they stay unverified.
alter table creator_profile add column verified_at timestamp with time zone;
alter table creator_profile add column code_hash varchar(100);
alter table creator_profile add column code_expires_at timestamp with time zone;
alter table creator_profile add column code_attempts int not null default 0;
