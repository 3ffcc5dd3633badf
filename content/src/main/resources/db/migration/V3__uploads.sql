-- Resumable (tus) uploads in progress or finished but not yet used. The bytes live in the upload
-- storage (a folder or an S3 multipart upload), never in this table.
create table upload (
    id               varchar(40) primary key,
    owner_id         bigint not null references account (id) on delete cascade,
    length           bigint not null,
    received         bigint not null default 0,
    file_name        varchar(255),
    content_type     varchar(100),
    storage_ref      varchar(1000),
    blob_key         varchar(300),
    status           varchar(20) not null,
    created_at       timestamp with time zone not null,
    updated_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null
);

create index upload_owner on upload (owner_id, status);
create index upload_expires on upload (expires_at);
