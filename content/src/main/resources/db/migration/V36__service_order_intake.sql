-- Science services on order, second part (issue 16): orders a village or community worker places
-- for a resident (代为下单), overdue reminders written once per reason, and completion photos.

-- 代为下单: the unit or role of the worker ("新街村村委会"); erased with the contact, the flag stays
alter table service_order add column on_behalf boolean not null default false;
alter table service_order add column on_behalf_unit varchar(60);

-- the reason of the last overdue reminder (DISPATCH, TEAM, COMPLETION), so a reminder is written once
alter table service_order add column overdue_reminded varchar(20);

-- photos of a held service, stored as images (images/<image_id>/<width>.jpg) like article images
create table service_order_photo (
    order_id   bigint not null references service_order (id) on delete cascade,
    image_id   varchar(32) not null,
    width      int not null,
    height     int not null,
    added_by   varchar(60) not null,
    added_at   timestamp with time zone not null,
    primary key (order_id, image_id)
);

create index service_order_photo_order on service_order_photo (order_id, added_at);
