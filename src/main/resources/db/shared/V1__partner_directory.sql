-- The shared store holds only what partners may see of each other: never a case or a resident.
create table partner_tenant (
    id         text primary key,
    kind       text not null check (kind in ('city', 'organisation')),
    names      jsonb not null,
    population bigint not null,
    country    text not null,
    synced_at  timestamptz not null default now()
);
