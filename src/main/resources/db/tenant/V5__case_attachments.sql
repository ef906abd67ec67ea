-- Files staff attach to a case (a photo of the pothole, a scanned letter), kept in the tenant's own
-- schema so the database keeps them apart like every other case row. Retention empties content and
-- name (which may hold personal data) and keeps type, size and dates for statistics.
create table case_attachment (
    id           bigint generated always as identity primary key,
    case_id      bigint not null references resident_case (id),
    file_name    text not null check (length(file_name) between 1 and 255),
    content_type text not null,
    size_bytes   integer not null check (size_bytes > 0),
    content      bytea,
    added_by     text not null,
    added_at     timestamptz not null default now(),
    removed_at   timestamptz,
    constraint content_until_removed check ((content is null) = (removed_at is not null))
);
create index case_attachment_case on case_attachment (case_id, id);
