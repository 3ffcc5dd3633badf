-- One PATCH at a time per upload, across every portal: the PATCH holding the upload writes its
-- token here until it ends; a portal that dies mid-PATCH frees the upload when the lease runs out.
alter table upload add column patch_lease varchar(40);
alter table upload add column patch_lease_until timestamp with time zone;

create index upload_owner_lease on upload (owner_id, patch_lease_until);
