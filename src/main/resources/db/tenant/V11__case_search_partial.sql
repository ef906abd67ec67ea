-- Imported cases have no search document until the backfill writes it (CaseSearchBackfill). A GIN
-- index over every row keeps an entry for each NULL document, written at import and removed by
-- vacuum again; leaving them out makes an import one index lighter. A query's `search @@ …` implies
-- `search is not null`, so the planner uses this index as before.
drop index resident_case_search;
create index resident_case_search on resident_case using gin (search) where search is not null;
