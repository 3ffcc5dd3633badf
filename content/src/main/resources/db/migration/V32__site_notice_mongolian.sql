-- The emergency notice in traditional Mongolian beside the Chinese (issue 15): optional, shown on every page.
alter table site_notice add column title_mn varchar(100);
alter table site_notice add column body_mn varchar(500);
