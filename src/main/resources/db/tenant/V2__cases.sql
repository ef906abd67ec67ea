-- Residents' cases. Every change is also an event row: the timeline, and the audit of who did what.
create sequence case_number;

create table resident_case (
    id               bigint generated always as identity primary key,
    reference        text not null unique,
    kind             text not null,
    channel          text not null,
    category         text not null,
    department       text,
    status           text not null,
    description      text not null check (length(description) between 1 and 4000),
    location         text,
    resident_name    text,
    resident_email   text,
    resident_phone   text,
    resident_language text,
    received_at      timestamptz not null,
    answer_due_at    timestamptz not null,
    answered_at      timestamptz,
    closed_at        timestamptz,
    registered_by    text not null,
    version          integer not null default 0,
    updated_at       timestamptz not null default now()
);
-- The queue: open cases by how soon their answer is due.
create index resident_case_due on resident_case (answer_due_at) where closed_at is null;
create index resident_case_status on resident_case (status);

create table case_event (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references resident_case (id),
    at          timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    from_status text,
    to_status   text,
    department  text,
    note        text check (length(note) <= 4000)
);
create index case_event_case on case_event (case_id, id);
