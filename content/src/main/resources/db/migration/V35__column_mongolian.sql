-- A column's name and description in traditional Mongolian beside the Chinese (issue 15): optional; Mongolian pages
-- show them where they are given, the Chinese ones (marked zh-CN) where not.
alter table content_column add column name_mn varchar(80);
alter table content_column add column description_mn varchar(500);
