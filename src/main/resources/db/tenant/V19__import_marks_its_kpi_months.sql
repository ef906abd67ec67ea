-- Imports (issue 3) without the KPI trigger's transition table: a statement trigger that captures
-- new rows copies every imported case into memory, only to take their min and max received_at.
-- The import knows those already and marks its months itself (CaseImport), in the same transaction,
-- after setting citydialogue.kpi_marked; every other insert (intake, raw SQL) is still marked, now
-- row by row. (A bulk INSERT by hand thus marks one range per row: correct, only slower to mark.)
drop trigger kpi_cases_inserted on resident_case;

create function kpi_mark_case() returns trigger language plpgsql as $$
begin
    insert into kpi_dirty (from_at, to_at) values (new.received_at, new.received_at);
    return null;
end $$;

create trigger kpi_case_inserted after insert on resident_case for each row
    when (current_setting('citydialogue.kpi_marked', true) is distinct from 'on')
    execute function kpi_mark_case();

-- Case ids are internal (references are what people see), so each connection may take them 100 at a
-- time instead of locking the sequence for each case: gaps, and ids slightly out of time order
-- across connections, are fine.
alter table resident_case alter column id set cache 100;
