-- Joint project plans in ICLD's logical framework, edited by every member tenant of a partnership.
-- Texts people write are jsonb {sv, en, zh-Hans}, any version possibly missing until translated.
-- Row-level security: a tenant's role reads and writes a plan's rows only while it is a member
-- tenant (or the organiser) of the partnership; the app's own login role (no tenant) sees none.

create table plan (
    partnership_id text primary key references partnership (id),
    overall_goal   jsonb not null default '{}',
    project_goal   jsonb not null default '{}',
    starts_on      date not null,
    ends_on        date not null check (ends_on > starts_on),
    cny_per_sek    numeric(10, 4) not null check (cny_per_sek > 0),
    version        integer not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text not null
);

create table outcome (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    position       integer not null,
    title          jsonb not null,
    version        integer not null default 0
);

create table indicator (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    outcome_id     bigint not null references outcome (id),
    title          jsonb not null,
    unit           text not null,
    baseline       numeric not null,
    target         numeric not null check (target <> baseline),
    current_value  numeric,
    -- A published benchmark KPI of one tenant that, when set, supplies the current value.
    kpi_code       text,
    kpi_tenant     text,
    version        integer not null default 0,
    check ((kpi_code is null) = (kpi_tenant is null))
);

create table activity (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    milestone      boolean not null default false,
    title          jsonb not null,
    description    jsonb not null default '{}',
    owner_tenant   text not null,
    owner_subject  text not null,
    owner_name     text not null,
    starts_on      date not null,
    ends_on        date not null check (ends_on >= starts_on),
    status         text not null check (status in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
    version        integer not null default 0,
    updated_at     timestamptz not null default now(),
    updated_by     text not null
);

create table activity_dependency (
    activity_id    bigint not null references activity (id) on delete cascade,
    depends_on     bigint not null references activity (id) on delete cascade,
    partnership_id text not null references plan (partnership_id),
    primary key (activity_id, depends_on),
    check (activity_id <> depends_on)
);

create table budget_line (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    title          jsonb not null,
    tenant_id      text not null,
    currency       text not null check (currency in ('SEK', 'CNY')),
    planned        numeric(14, 2) not null check (planned >= 0),
    spent          numeric(14, 2) not null default 0 check (spent >= 0),
    funding        text not null check (funding in ('grant', 'own')),
    version        integer not null default 0
);

create table risk (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    title          jsonb not null,
    likelihood     smallint not null check (likelihood between 1 and 5),
    impact         smallint not null check (impact between 1 and 5),
    mitigation     jsonb not null default '{}',
    owner_tenant   text not null,
    owner_subject  text not null,
    owner_name     text not null,
    version        integer not null default 0
);

create table document_link (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    title          jsonb not null,
    url            text not null check (url ~ '^https?://'),
    added_by       text not null,
    added_at       timestamptz not null default now()
);

-- Comment threads per plan item; item_type + item_id name the item ('activity', 'outcome', ...).
create table plan_comment (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    item_type      text not null,
    item_id        bigint not null,
    author_tenant  text not null,
    author_subject text not null,
    author_name    text not null,
    body           text not null check (length(body) between 1 and 4000),
    created_at     timestamptz not null default now()
);
create index plan_comment_item on plan_comment (partnership_id, item_type, item_id);

-- An @mention is a notice to one member until they have read it.
create table plan_mention (
    comment_id     bigint not null references plan_comment (id),
    partnership_id text not null references plan (partnership_id),
    tenant_id      text not null,
    subject        text not null,
    read_at        timestamptz,
    primary key (comment_id, tenant_id, subject)
);
create index plan_mention_unread on plan_mention (tenant_id, subject) where read_at is null;

do $$
declare
    t text;
begin
    foreach t in array array['plan', 'outcome', 'indicator', 'activity', 'activity_dependency', 'budget_line',
            'risk', 'document_link', 'plan_comment', 'plan_mention'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy member_tenants on %I using (in_partnership(partnership_id, current_tenant()))'
            || ' with check (in_partnership(partnership_id, current_tenant()))', t);
    end loop;
end $$;

-- Written only as the tenant the row says: nobody comments or is the author of a comment for another city.
create policy own_comments on plan_comment as restrictive for insert with check (author_tenant = current_tenant());
-- Only the mentioned member's own city marks a notice read.
create policy own_mentions on plan_mention as restrictive for update using (tenant_id = current_tenant());
