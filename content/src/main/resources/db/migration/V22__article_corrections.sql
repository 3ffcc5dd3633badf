-- Corrections of a published article: the pending text and facts of a new revision, reviewed like a
-- draft while the published version stays online; they replace it when approved at every level.
create table article_correction (
    article_id     bigint primary key references article (id) on delete cascade,
    status         varchar(20) not null,
    title          varchar(200) not null,
    summary        varchar(500) not null,
    body_markdown  varchar,
    body_html      varchar not null,
    source         varchar(100),
    author         varchar(100),
    tags           varchar(500),
    column_id      bigint references content_column (id),
    town_code      varchar(40) references town (code),
    audiences      varchar(500),
    cover_key      varchar(300),
    publish_at     timestamp with time zone,
    edited_by      varchar(60) not null,
    updated_at     timestamp with time zone not null
);

create index article_correction_status on article_correction (status);

-- The media library: images uploaded from the editor, with the text alternative they were given.
create table editor_image (
    id           varchar(32) primary key,
    alt          varchar(200) not null,
    url          varchar(300) not null,
    uploaded_by  varchar(60) not null,
    uploaded_at  timestamp with time zone not null
);

create index editor_image_uploaded on editor_image (uploaded_at desc);
