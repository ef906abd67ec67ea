-- Full-text search over a case's description (weight A) and the notes of its timeline: reasons,
-- replies, comments (weight B). The app fills the column on every write that changes those texts,
-- in the tenant's language (CaseSearch): the text-search configuration, and for Chinese the word
-- segmentation, come from the tenant file, so no trigger here could compute it. Queries never run
-- to_tsvector over the table: they go through the GIN index.
alter table resident_case add column search tsvector;
create index resident_case_search on resident_case using gin (search);
-- Cases written before this migration (or by a version without search), filled in at start-up.
create index resident_case_unsearchable on resident_case (id) where search is null;
