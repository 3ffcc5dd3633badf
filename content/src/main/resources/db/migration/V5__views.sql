-- Views per item and day, for "most read this week"; written in batches, never once per view.
create table view_daily (
    content_type  varchar(20) not null,
    content_id    bigint not null,
    view_day      date not null,
    views         bigint not null,
    primary key (content_type, content_id, view_day)
);

create index view_daily_day on view_daily (view_day);
