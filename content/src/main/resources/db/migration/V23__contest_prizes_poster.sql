-- The contest form: the rules as the admin wrote them (Markdown; null for contests defined before,
-- whose rules exist only as HTML), a poster (an uploaded image, "<image id>;<alt>" like article
-- covers) and the prizes (一等奖: 证书和奖金 2000 元).
alter table contest add column rules_source varchar;
alter table contest add column poster_key varchar(300);

create table contest_prize (
    contest_id  bigint not null references contest (id) on delete cascade,
    idx         int not null,
    name        varchar(60) not null,
    reward      varchar(300) not null,
    primary key (contest_id, idx)
);
