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
