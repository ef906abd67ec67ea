-- Partnerships between tenants, and the database's own notion of which tenant is asking.
--
-- Every tenant has a role on this database (also a tenant whose case data lives on a PostgreSQL of
-- its own). The app switches to that role before it touches shared rows, so the policies below,
-- not only the code, decide what a tenant may see and change.

-- Which role is which tenant; written only by provisioning (the admin account).
create table tenant_role (
    role_name text primary key,
    tenant_id text not null unique
);

-- The tenant the connection acts for; null for the app's own login (start-up sync, events).
create function current_tenant() returns text
    language sql stable
    as $$ select tenant_id from partnership.tenant_role where role_name = current_user $$;

create table partnership (
    id         text primary key check (id ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
    names      jsonb not null,
    organiser  text not null references partner_tenant (id),
    created_by text not null,
    created_at timestamptz not null default now()
);

-- The cities (and organisations) taking part.
create table partnership_tenant (
    partnership_id text not null references partnership (id) on delete cascade,
    tenant_id      text not null references partner_tenant (id),
    joined_at      timestamptz not null default now(),
    primary key (partnership_id, tenant_id)
);

-- People of the member tenants, with their part in the partnership.
create table partnership_member (
    partnership_id text not null,
    tenant_id      text not null,
    subject        text not null,
    display_name   text not null,
    role           text not null check (role in ('project_group', 'steering_committee', 'observer')),
    invited_by     text not null,
    invited_at     timestamptz not null default now(),
    primary key (partnership_id, tenant_id, subject),
    foreign key (partnership_id, tenant_id) references partnership_tenant (partnership_id, tenant_id)
        on delete cascade
);

-- Membership checks read the tables as their owner: a policy on partnership_tenant that queried
-- partnership_tenant itself would recurse. The tenant is passed in, evaluated as the caller.
create function in_partnership(p_partnership text, p_tenant text) returns boolean
    language sql stable security definer set search_path = partnership, pg_temp
    as $$
        select p_tenant is not null and (
            exists (select 1 from partnership_tenant where partnership_id = p_partnership and tenant_id = p_tenant)
            or exists (select 1 from partnership where id = p_partnership and organiser = p_tenant))
    $$;

create function organises(p_partnership text, p_tenant text) returns boolean
    language sql stable security definer set search_path = partnership, pg_temp
    as $$
        select p_tenant is not null
            and exists (select 1 from partnership where id = p_partnership and organiser = p_tenant)
    $$;

alter table partnership enable row level security;
create policy partnership_read on partnership for select
    using (in_partnership(id, current_tenant()));
create policy partnership_create on partnership for insert
    with check (organiser = current_tenant());
create policy partnership_change on partnership for update
    using (organiser = current_tenant()) with check (organiser = current_tenant());
create policy partnership_remove on partnership for delete
    using (organiser = current_tenant());

alter table partnership_tenant enable row level security;
create policy partnership_tenant_read on partnership_tenant for select
    using (in_partnership(partnership_id, current_tenant()));
create policy partnership_tenant_add on partnership_tenant for insert
    with check (organises(partnership_id, current_tenant()));
create policy partnership_tenant_remove on partnership_tenant for delete
    using (organises(partnership_id, current_tenant()));

-- A tenant invites its own people; the organiser may invite anyone of a member tenant.
alter table partnership_member enable row level security;
create policy partnership_member_read on partnership_member for select
    using (in_partnership(partnership_id, current_tenant()));
create policy partnership_member_invite on partnership_member for insert
    with check (in_partnership(partnership_id, current_tenant())
        and (tenant_id = current_tenant() or organises(partnership_id, current_tenant())));
create policy partnership_member_change on partnership_member for update
    using (tenant_id = current_tenant() or organises(partnership_id, current_tenant()))
    with check (tenant_id = current_tenant() or organises(partnership_id, current_tenant()));
create policy partnership_member_remove on partnership_member for delete
    using (tenant_id = current_tenant() or organises(partnership_id, current_tenant()));

-- The public directory: everyone reads it; only the app's own start-up sync writes it.
alter table partner_tenant enable row level security;
create policy partner_tenant_read on partner_tenant for select using (true);
create policy partner_tenant_sync on partner_tenant for all
    using (current_tenant() is null) with check (current_tenant() is null);
