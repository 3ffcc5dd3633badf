-- Four eyes: who submitted an article for review, and the last revision approved at every level.
-- Nobody who changed the text after that revision, nor the submitter, may approve it.
alter table article add column submitted_by varchar(60);
alter table article add column approved_revision int;

-- Articles released before this migration: their current text was approved.
update article
   set approved_revision = (select max(r.number) from article_revision r where r.article_id = article.id)
 where status in ('PUBLISHED', 'SCHEDULED', 'OFFLINE');
