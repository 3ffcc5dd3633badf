-- Articles in two languages (issue 15): a Mongolian version is an article of its own (its own
-- revisions, review and page), pointing at the original it translates. One version per language.
alter table article add column lang varchar(8) not null default 'zh';
alter table article add column translation_of bigint references article (id);
create unique index article_translation_lang on article (translation_of, lang);
create index article_translation_of on article (translation_of);
