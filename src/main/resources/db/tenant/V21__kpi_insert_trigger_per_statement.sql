-- Back to one statement trigger for inserts (as V10), in place of V19's row trigger: measured in the
-- intake benchmark, the row trigger cost PostgreSQL about 0.2 ms more per case registered (0.81–0.84
-- ms against 0.62–0.64 ms of CPU per case through the intake service), and intake and registration
-- write one case per statement all day long. An import's COPY is again captured in the transition
-- table (about 4 % of its PostgreSQL time), and marks its range of months once, as one statement.
drop trigger kpi_case_inserted on resident_case;
drop function kpi_mark_case();
create trigger kpi_cases_inserted after insert on resident_case
    referencing new table as changed_rows for each statement execute function kpi_mark_cases();
