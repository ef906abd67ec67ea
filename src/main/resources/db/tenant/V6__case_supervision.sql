-- "Mine" in the queue: the cases a staff member took a step on.
create index case_event_actor on case_event (actor, case_id);
