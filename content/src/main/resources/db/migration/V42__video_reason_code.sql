-- Why a file was refused, as a message code of the bundles and its arguments ("media.rejected.TOO_LONG|754.3|600"),
-- beside the Chinese sentence in "reason": pages in another language word it from the code (issue 15).
alter table video add column reason_code varchar(300);
