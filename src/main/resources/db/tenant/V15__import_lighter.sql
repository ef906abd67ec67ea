-- A duplicate merged into its original, kept beside the case instead of in it. A foreign key on
-- resident_case itself (merged_into) made PostgreSQL queue and run a check for every case inserted,
-- though a new case is never merged: about a fifth of a CSV import's time in the database.
create table case_merge (
    duplicate_id bigint primary key references resident_case (id),
    original_id  bigint not null references resident_case (id),
    constraint not_merged_into_itself check (duplicate_id <> original_id)
);

insert into case_merge (duplicate_id, original_id)
select id, merged_into from resident_case where merged_into is not null;

alter table resident_case drop column merged_into;

-- Case references are compared byte by byte: under the database's default collation every
-- comparison in their unique index went through strcoll, the dearest index of an import. Equality,
-- and so uniqueness, is the same under both collations.
alter table resident_case alter column reference type text collate "C";
