-- Benchmarks (issue 5): what each city publishes of its KPIs to a partnership. Only aggregates
-- (counts and values per month, total and by category or channel), already small-cell suppressed
-- inside the tenant; never a case row.

-- Every publication: who, what, when.
create table benchmark_publication (
    id                bigint generated always as identity primary key,
    partnership_id    text not null references partnership (id) on delete cascade,
    tenant_id         text not null references partner_tenant (id),
    kpis              text[] not null,
    month_from        date not null,
    month_to          date not null,
    catalogue_version integer not null,
    cells             integer not null,
    suppressed        integer not null,
    published_by      text not null,
    published_at      timestamptz not null default now()
);

create table benchmark_cell (
    partnership_id text not null references partnership (id) on delete cascade,
    tenant_id      text not null references partner_tenant (id),
    kpi            text not null,
    month          date not null,
    dimension      text not null check (dimension in ('total', 'category', 'channel')),
    member         text not null default '',
    numerator      bigint,
    denominator    bigint,
    value          double precision,
    suppressed     boolean not null,
    publication_id bigint not null references benchmark_publication (id) on delete cascade,
    primary key (partnership_id, kpi, tenant_id, month, dimension, member),
    -- A suppressed cell carries nothing but the fact.
    check (not suppressed or (numerator is null and denominator is null and value is null))
);

-- Swedish national reference values imported from a Kolada file, per partnership.
create table kolada_reference (
    partnership_id text not null references partnership (id) on delete cascade,
    kolada_id      text not null check (kolada_id ~ '^[NU][0-9]{5}$'),
    municipality   text not null,
    period         integer not null,
    value          double precision not null,
    imported_by    text not null,
    tenant_id      text not null references partner_tenant (id),
    imported_at    timestamptz not null default now(),
    primary key (partnership_id, kolada_id, municipality, period)
);

-- Members read everything of their partnership; a tenant writes only its own rows, and only in a
-- partnership it belongs to.
alter table benchmark_publication enable row level security;
create policy benchmark_publication_read on benchmark_publication for select
    using (in_partnership(partnership_id, current_tenant()));
create policy benchmark_publication_write on benchmark_publication for insert
    with check (tenant_id = current_tenant() and in_partnership(partnership_id, current_tenant()));

alter table benchmark_cell enable row level security;
create policy benchmark_cell_read on benchmark_cell for select
    using (in_partnership(partnership_id, current_tenant()));
create policy benchmark_cell_write on benchmark_cell for insert
    with check (tenant_id = current_tenant() and in_partnership(partnership_id, current_tenant()));
create policy benchmark_cell_replace on benchmark_cell for delete
    using (tenant_id = current_tenant());

alter table kolada_reference enable row level security;
create policy kolada_reference_read on kolada_reference for select
    using (in_partnership(partnership_id, current_tenant()));
create policy kolada_reference_write on kolada_reference for insert
    with check (tenant_id = current_tenant() and in_partnership(partnership_id, current_tenant()));
create policy kolada_reference_replace on kolada_reference for delete
    using (tenant_id = current_tenant());
