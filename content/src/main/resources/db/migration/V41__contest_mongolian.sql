-- A contest's title, theme and rules in traditional Mongolian beside the Chinese (issue 15): optional, set by the
-- admins who define the contest; Mongolian pages show them where given, the Chinese ones (marked zh-CN) where not.
alter table contest add column title_mn varchar(200);
alter table contest add column theme_mn varchar(500);
alter table contest add column rules_mn_html varchar;
alter table contest add column rules_mn_source varchar;
