-- Cases are partitioned by id, so that a bulk CSV import can load into a table of its own and build
-- its indexes once, sorted, instead of adding each of 200,000 rows to the live table's five indexes
-- one by one (issue 3: 0.5 × a raw COPY). Every case the app registers goes to resident_case_live,
-- with ids from the identity below 10^15; import n takes the ids 10^15 + n·10^9 onwards and, with
-- 10,000 cases or more, becomes the partition resident_case_import_n when it commits
-- (case_import_open, case_import_attach). Queries, foreign keys and the KPI triggers address
-- resident_case, the partitioned table.
alter table resident_case rename to resident_case_live;
alter table resident_case_live rename constraint resident_case_pkey to resident_case_live_pkey;
alter table resident_case_live rename constraint resident_case_reference_key to resident_case_live_reference_key;
alter index resident_case_queue rename to resident_case_live_queue;
alter index resident_case_unanswered rename to resident_case_live_unanswered;
alter index resident_case_search rename to resident_case_live_search;
drop trigger kpi_cases_inserted on resident_case_live;
drop trigger kpi_cases_updated on resident_case_live;
drop trigger kpi_cases_deleted on resident_case_live;

create table resident_case (like resident_case_live including defaults including constraints including storage)
    partition by range (id);
alter table resident_case add primary key (id);
-- References stay unique within each partition (a unique index across partitions would have to hold
-- the id too); across partitions they are unique because every case number comes from case_number.
create index resident_case_queue on resident_case (answer_due_at, id)
    include (answered_at, closed_at, status, category, channel, department);
create index resident_case_unanswered on resident_case (answer_due_at, id)
    include (closed_at, status, category, channel, department) where answered_at is null;
create index resident_case_search on resident_case using gin (search) where search is not null;

-- The identity moves to the partitioned table and goes on from the last case.
alter table resident_case_live alter column id drop identity;
alter table resident_case alter column id add generated always as identity (cache 100);
select setval(pg_get_serial_sequence('resident_case', 'id'), coalesce(max(id), 0) + 1, false) from resident_case_live;

alter table resident_case attach partition resident_case_live for values from (minvalue) to (1000000000000000);

create trigger kpi_cases_inserted after insert on resident_case
    referencing new table as changed_rows for each statement execute function kpi_mark_cases();
create trigger kpi_cases_updated after update on resident_case
    referencing old table as old_rows new table as new_rows for each statement
    execute function kpi_mark_changed_cases();
create trigger kpi_cases_deleted after delete on resident_case
    referencing old table as changed_rows for each statement execute function kpi_mark_cases();

alter table case_event drop constraint case_event_case_id_fkey,
    add constraint case_event_case_id_fkey foreign key (case_id) references resident_case (id);
alter table case_attachment drop constraint case_attachment_case_id_fkey,
    add constraint case_attachment_case_id_fkey foreign key (case_id) references resident_case (id);
alter table open311_request drop constraint open311_request_case_id_fkey,
    add constraint open311_request_case_id_fkey foreign key (case_id) references resident_case (id);
alter table case_merge drop constraint case_merge_duplicate_id_fkey,
    add constraint case_merge_duplicate_id_fkey foreign key (duplicate_id) references resident_case (id);
alter table case_merge drop constraint case_merge_original_id_fkey,
    add constraint case_merge_original_id_fkey foreign key (original_id) references resident_case (id);

create sequence case_import;

-- Opens an import: an empty table shaped like a case partition, for ids from first_id on, which only
-- the roles that may insert cases (the tenant's) may fill. Its id range is checked row by row as the
-- rows come (so attaching need not scan for it), and the partial indexes exist from the start: few
-- imported rows enter them, and building them afterwards would read every row once more. The app's
-- role owns no table: these two functions run as the schema's owner, with the search path pinned to
-- this schema (and temporary tables last, so a caller's temporary "resident_case" is never taken).
create function case_import_open(out batch bigint, out first_id bigint) language plpgsql security definer
    set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    part text;
    index record;
    role text;
begin
    batch := nextval('case_import');
    first_id := 1000000000000000 + batch * 1000000000;
    part := 'resident_case_import_' || batch;
    execute format('create table %I (like resident_case including defaults including constraints)', part);
    execute format('alter table %I add constraint %I check (id >= %s and id < %s)',
        part, part || '_ids', first_id, first_id + 1000000000);
    for index in select * from case_import_indexes(part) where partial loop
        execute index.definition;
    end loop;
    for role in select distinct a.grantee::regrole::text from pg_class c, aclexplode(c.relacl) a
            where c.oid = 'resident_case'::regclass and a.privilege_type = 'INSERT' and a.grantee <> c.relowner loop
        execute format('grant insert on %I to %s', part, role);
    end loop;
end $$;

-- The partitioned table's indexes (but its key), as they must be built on a partition to be attached.
create function case_import_indexes(part text) returns table (definition text, partial boolean) language sql
    set search_path = "${flyway:defaultSchema}", pg_temp as $$
    select format('create index %I on %I %s', part || substr(c.relname, length('resident_case') + 1), part,
               substring(pg_get_indexdef(i.indexrelid) from ' USING .*$')),
           i.indpred is not null
    from pg_index i join pg_class c on c.oid = i.indexrelid
    where i.indrelid = 'resident_case'::regclass and not i.indisprimary
$$;

-- Closes an import of the given cases (ids first_id onwards) in the caller's transaction.
-- A small import joins the live cases instead (new ids, the insert trigger marking its KPI months):
-- a partition for every small file would cost each query on the case table some planning for ever.
-- For a bulk import everything slow comes before the attach: the key, the references' uniqueness and
-- the remaining indexes, each built once from sorted rows. Attaching locks the tables whose foreign
-- keys point at cases (the timeline's among them) until commit, which follows at once. Either way the
-- cases' search documents and (for a partition) KPI months are owed, as SearchDocuments and the
-- insert trigger would for cases inserted one by one.
create function case_import_attach(batch bigint, cases bigint, first_received timestamptz,
        last_received timestamptz) returns void language plpgsql security definer
    set search_path = "${flyway:defaultSchema}", pg_temp as $$
declare
    part text := 'resident_case_import_' || batch;
    first_id bigint := 1000000000000000 + batch * 1000000000;
    index record;
    columns text;
    low bigint;
    high bigint;
begin
    if cases < 10000 then
        select string_agg(quote_ident(attname), ', ' order by attnum) into columns from pg_attribute
            where attrelid = 'resident_case'::regclass and attnum > 0 and not attisdropped and attname <> 'id';
        execute format('with moved as (insert into resident_case (%s) select %s from %I order by id returning id) '
            || 'select min(id), max(id) from moved', columns, columns, part) into low, high;
        execute format('drop table %I', part);
        if low is not null then
            insert into search_backlog (from_id, to_id) values (low, high);
        end if;
        return;
    end if;
    execute format('alter table %I add primary key (id), add constraint %I unique (reference)',
        part, part || '_reference_key');
    for index in select * from case_import_indexes(part) where not partial loop
        execute index.definition;
    end loop;
    execute format('alter table resident_case attach partition %I for values from (%s) to (%s)',
        part, first_id, first_id + 1000000000);
    execute format('alter table %I drop constraint %I', part, part || '_ids');
    insert into search_backlog (from_id, to_id) values (first_id, first_id + cases - 1);
    insert into kpi_dirty (from_at, to_at) values (first_received, last_received);
end $$;

-- Only the tenant's role may call them (StoreProvisioner grants it every function of its schema).
revoke execute on function case_import_open(), case_import_indexes(text),
    case_import_attach(bigint, bigint, timestamptz, timestamptz) from public;
