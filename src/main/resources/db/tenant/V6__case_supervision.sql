-- "Mine" in the queue: the cases a staff member took a step on.
create index case_event_actor on case_event (actor, case_id);

-- The queue at millions of cases (CaseQueue): a page is found in the index alone — its order
-- (answer due, then id) with every column the queue filters on — and only that page's rows are read.
-- Overdue-first reads the unanswered cases from a partial index in the same order. These replace the
-- narrower queue indexes, so an import maintains as many indexes as before.
drop index resident_case_due;
drop index resident_case_status;
create index resident_case_queue on resident_case (answer_due_at, id)
    include (answered_at, closed_at, status, category, channel, department);
create index resident_case_unanswered on resident_case (answer_due_at, id)
    include (closed_at, status, category, channel, department) where answered_at is null;
