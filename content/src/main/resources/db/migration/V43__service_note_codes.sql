-- Timeline notes the system words are stored as a message code and its arguments ("services.note.accepted|队|2027-01-12",
-- a "%" or "|" in an argument written as "%25" or "%7C"), so the resident's page words them in its own language
-- (issue 15).
-- "note" and "public_note" keep text as written: what staff typed, and the Chinese of rows from before.
alter table service_order_step add column if not exists note_code varchar(1000);
alter table service_order_step add column if not exists public_note_code varchar(1000);

-- Rows from before get the code of their sentence, read back from its fixed words (the sentences of V31 to V42);
-- a row that does not match keeps its Chinese text. Safe to run again: only rows without a code are read.
update service_order_step
   set public_note_code = 'services.note.ordered|' || replace(replace(
           substring(public_note from 11 for char_length(public_note) - 21), '%', '%25'), '|', '%7C')
 where public_note_code is null and step = 'ORDERED'
   and public_note like '已收到您的点单，将由%新时代文明实践所安排。';

update service_order_step
   set public_note_code = 'services.note.offered|' || replace(replace(
           substring(public_note from 4 for char_length(public_note) - 9), '%', '%25'), '|', '%7C')
 where public_note_code is null and step in ('DISPATCHED', 'PASSED_ON')
   and public_note like '已派给%，等待接单。';

update service_order_step
   set public_note_code = 'services.note.dispatched|' || replace(replace(
           substring(public_note from 4 for char_length(public_note) - 4), '%', '%25'), '|', '%7C')
 where public_note_code is null and step = 'DISPATCHED'
   and public_note like '已派给%。' and public_note not like '%，等待接单。';

update service_order_step
   set public_note_code = 'services.note.claimed|' || replace(replace(
           substring(public_note from 1 for char_length(public_note) - 14), '%', '%25'), '|', '%7C')
 where public_note_code is null and step = 'CLAIMED'
   and public_note like '%已领单，正在安排志愿服务队。';

update service_order_step
   set public_note_code = 'services.note.accepted|' || replace(replace(
           substring(public_note from 1 for char_length(public_note) - 20), '%', '%25'), '|', '%7C')
           || '|' || substring(public_note from char_length(public_note) - 10 for 10)
 where public_note_code is null and step = 'ACCEPTED'
   and public_note like '%已接单，服务日期 ____-__-__。';

update service_order_step
   set public_note_code = 'services.note.declined|' || replace(replace(
           substring(public_note from 13 for char_length(public_note) - 21), '%', '%25'), '|', '%7C')
 where public_note_code is null and step = 'DECLINED'
   and public_note like '志愿服务队暂时无法接单（%），正在重新安排。';

update service_order_step
   set public_note_code = 'services.note.completed|'
           || substring(public_note from 10 for char_length(public_note) - 18)
 where public_note_code is null and step = 'COMPLETED'
   and public_note like '服务已完成，参加 % 人。欢迎您评价。';

update service_order_step
   set public_note_code = 'services.note.rated|' || substring(public_note from 6 for char_length(public_note) - 11)
 where public_note_code is null and step = 'RATED'
   and public_note like '您的评价：_ 星。谢谢！';

update service_order_step
   set public_note_code = 'services.note.cancelled|' || replace(replace(
           substring(public_note from 7), '%', '%25'), '|', '%7C')
 where public_note_code is null and step = 'CANCELLED'
   and public_note like '点单已取消：%';

update service_order_step
   set public_note_code = 'services.note.merged'
 where public_note_code is null and step = 'MERGED'
   and public_note = '您的点单与同一地点的其他点单合并办理，进展请看合并后的点单。';
