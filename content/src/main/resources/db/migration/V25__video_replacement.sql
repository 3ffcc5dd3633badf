-- A new file for a video that keeps its page, URL and statistics: transcoded while the old
-- renditions stay online, switched to in one update once ready.
alter table video add column replacement_source_key varchar(300);
