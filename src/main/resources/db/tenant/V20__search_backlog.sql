-- Cases still owed a search document, as ranges of ids (SearchDocuments): an import notes its range
-- once, instead of every imported case taking an entry in a partial index of the cases without a
-- document (the search backfill's only use of it). A range shrinks as its documents are written.
create table search_backlog (
    id      bigint generated always as identity primary key,
    from_id bigint not null,
    to_id   bigint not null,
    constraint search_backlog_range check (from_id <= to_id)
);

insert into search_backlog (from_id, to_id)
select min(id), max(id) from resident_case where search is null having count(*) > 0;

drop index resident_case_unsearchable;
