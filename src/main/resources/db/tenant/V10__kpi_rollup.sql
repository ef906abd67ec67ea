-- Benchmarks (issue 5): monthly KPI rollups computed inside the tenant. Only these aggregates,
-- never a case row, are published to a partnership.

-- Cumulative working days of the tenant's calendar (filled by the app from calendar.WorkingDays):
-- working days after day a up to and including day b = ordinal(b) - ordinal(a).
create table kpi_working_day (
    day     date primary key,
    ordinal integer not null
);

-- One row per month (of received_at, in the tenant's time zone) × category × channel.
create table kpi_rollup (
    month               date not null,
    category            text not null,
    channel             text not null,
    contacts            integer not null,
    answered            integer not null,
    answered_in_promise integer not null,
    answered_1wd        integer not null,
    answered_2wd        integer not null,
    closed              integer not null,
    closed_in_time      integer not null,
    forwarded           integer not null,
    first_contact       integer not null,
    reopened            integer not null,
    urged               integer not null,
    skr_rated           integer not null,
    skr_index_sum       bigint  not null,
    rated               integer not null,
    satisfied           integer not null,
    primary key (month, category, channel)
);

-- Hours to the first answer in buckets (upper bounds in KpiRollups.HOUR_BUCKETS), so medians and
-- percentiles can be taken over any set of cells.
create table kpi_answer_time (
    month    date not null,
    category text not null,
    channel  text not null,
    bucket   smallint not null,
    cases    integer not null,
    primary key (month, category, channel, bucket)
);

-- Ranges of received_at whose months must be computed again. Written by statement triggers, so
-- every write path (intake, steps, CSV import, raw SQL) marks them; the refresher empties it.
create table kpi_dirty (
    from_at timestamptz not null,
    to_at   timestamptz not null
);

create function kpi_mark_cases() returns trigger language plpgsql as $$
begin
    insert into kpi_dirty (from_at, to_at)
    select min(received_at), max(received_at) from changed_rows having count(*) > 0;
    return null;
end $$;

-- Only changes the KPIs count mark a month: rewriting a case's search document, say, does not.
create function kpi_mark_changed_cases() returns trigger language plpgsql as $$
begin
    insert into kpi_dirty (from_at, to_at)
    select min(n.received_at), max(n.received_at)
    from new_rows n join old_rows o on o.id = n.id
    where (n.received_at, n.category, n.channel, n.department, n.answered_at, n.answer_due_at, n.closed_at,
           n.satisfaction, n.satisfaction_scale)
          is distinct from
          (o.received_at, o.category, o.channel, o.department, o.answered_at, o.answer_due_at, o.closed_at,
           o.satisfaction, o.satisfaction_scale)
    having count(*) > 0;
    return null;
end $$;

create function kpi_mark_events() returns trigger language plpgsql as $$
begin
    insert into kpi_dirty (from_at, to_at)
    select min(c.received_at), max(c.received_at)
    from changed_rows e join resident_case c on c.id = e.case_id
    having count(*) > 0;
    return null;
end $$;

create trigger kpi_cases_inserted after insert on resident_case
    referencing new table as changed_rows for each statement execute function kpi_mark_cases();
create trigger kpi_cases_updated after update on resident_case
    referencing old table as old_rows new table as new_rows for each statement
    execute function kpi_mark_changed_cases();
create trigger kpi_cases_deleted after delete on resident_case
    referencing old table as changed_rows for each statement execute function kpi_mark_cases();
create trigger kpi_events_inserted after insert on case_event
    referencing new table as changed_rows for each statement execute function kpi_mark_events();

-- The events the rollup counts (reopen, urge, supervise) without scanning every timeline.
create index case_event_kpi on case_event (case_id, action) where action in ('reopen', 'urge', 'supervise');

-- Cases stored before this migration.
insert into kpi_dirty (from_at, to_at)
select min(received_at), max(received_at) from resident_case having count(*) > 0;
