-- One counter, bumped in the transaction of every change readers may see: each portal polls it and
-- drops its rendered pages when it moves, so several portals on one database agree within a second.
create table page_generation (
    id          int primary key,
    generation  bigint not null
);

insert into page_generation (id, generation) values (1, 0);
