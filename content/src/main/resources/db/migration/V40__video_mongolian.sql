-- A video's title and summary in traditional Mongolian beside the Chinese (issue 15). The media, captions
-- per language and the page are shared, so the Mongolian version lives on the video and its revisions and
-- goes through the same review as any other change of its metadata.
alter table video add column title_mn varchar(200);
alter table video add column summary_mn varchar(500);
alter table video_revision add column title_mn varchar(200);
alter table video_revision add column summary_mn varchar(500);
