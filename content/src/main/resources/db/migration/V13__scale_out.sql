-- Spring Session JDBC: web sessions in the database, so that any portal serves any user.
-- Spring Session's own PostgreSQL schema; BYTEA is understood by H2 in PostgreSQL mode too.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval int not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- The rendition prefix a transcode is uploading to, until the video switches to it: a worker killed
-- mid-upload leaves objects there, and the job's next run (on another worker) deletes them.
alter table video add column pending_media_prefix varchar(300);
