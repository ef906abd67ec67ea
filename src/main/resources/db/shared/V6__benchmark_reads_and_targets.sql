-- Dashboards read hundreds of published cells at a time. The read policies called in_partnership()
-- for every row (a security-definer function is never inlined), which cost more than the read
-- itself; these ask once per query instead: the tenant's partnerships, as an InitPlan, and the
-- row's partnership among them. Same rule as in_partnership: a member city or the organiser.
create function partnerships_of(p_tenant text) returns text[]
    language sql stable security definer set search_path = partnership, pg_temp
    as $$
        select coalesce(array_agg(id), '{}') from (
            select partnership_id as id from partnership_tenant where tenant_id = p_tenant
            union
            select id from partnership where organiser = p_tenant) member_of
    $$;

drop policy benchmark_cell_read on benchmark_cell;
create policy benchmark_cell_read on benchmark_cell for select
    using (partnership_id = any ((select partnerships_of(current_tenant()))::text[]));

drop policy benchmark_publication_read on benchmark_publication;
create policy benchmark_publication_read on benchmark_publication for select
    using (partnership_id = any ((select partnerships_of(current_tenant()))::text[]));

drop policy kolada_reference_read on kolada_reference;
create policy kolada_reference_read on kolada_reference for select
    using (partnership_id = any ((select partnerships_of(current_tenant()))::text[]));

-- A partnership's own target for a KPI, agreed between its cities: shown on its dashboards instead
-- of the catalogue's default. Any member city's admin sets or clears it; who and when is kept.
create table benchmark_target (
    partnership_id text not null references partnership (id) on delete cascade,
    kpi            text not null,
    value          double precision not null check (value >= 0),
    tenant_id      text not null references partner_tenant (id),
    set_by         text not null,
    set_at         timestamptz not null default now(),
    primary key (partnership_id, kpi)
);

alter table benchmark_target enable row level security;
create policy benchmark_target_read on benchmark_target for select
    using (partnership_id = any ((select partnerships_of(current_tenant()))::text[]));
create policy benchmark_target_write on benchmark_target for insert
    with check (tenant_id = current_tenant() and in_partnership(partnership_id, current_tenant()));
create policy benchmark_target_change on benchmark_target for update
    using (in_partnership(partnership_id, current_tenant()))
    with check (tenant_id = current_tenant() and in_partnership(partnership_id, current_tenant()));
create policy benchmark_target_clear on benchmark_target for delete
    using (in_partnership(partnership_id, current_tenant()));
