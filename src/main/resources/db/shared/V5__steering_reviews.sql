-- Steering reviews of a partnership's plan: one per period, with a status per outcome (derived
-- from its indicators, or overridden with a reason), decisions, minutes and the sign-off of
-- steering committee members of the member cities. Same row-level security as the plan.

create table steering_review (
    id             bigint generated always as identity primary key,
    partnership_id text not null references plan (partnership_id),
    period_from    date not null,
    period_to      date not null check (period_to > period_from),
    minutes        jsonb not null default '{}',
    version        integer not null default 0,
    created_by     text not null,
    created_at     timestamptz not null default now(),
    unique (partnership_id, period_from)
);

create table review_outcome (
    review_id      bigint not null references steering_review (id),
    outcome_id     bigint not null references outcome (id),
    partnership_id text not null references plan (partnership_id),
    status         text not null check (status in ('on_track', 'at_risk', 'off_track')),
    reason         text not null check (length(reason) between 1 and 2000),
    set_by         text not null,
    primary key (review_id, outcome_id)
);

create table review_decision (
    id             bigint generated always as identity primary key,
    review_id      bigint not null references steering_review (id),
    partnership_id text not null references plan (partnership_id),
    what           jsonb not null,
    owner_tenant   text not null,
    owner_subject  text not null,
    owner_name     text not null,
    due_on         date not null
);

create table review_signoff (
    review_id      bigint not null references steering_review (id),
    partnership_id text not null references plan (partnership_id),
    tenant_id      text not null,
    subject        text not null,
    name           text not null,
    review_version integer not null,
    signed_at      timestamptz not null default now(),
    primary key (review_id, tenant_id, subject)
);

do $$
declare
    t text;
begin
    foreach t in array array['steering_review', 'review_outcome', 'review_decision', 'review_signoff'] loop
        execute format('alter table %I enable row level security', t);
        execute format('create policy member_tenants on %I using (in_partnership(partnership_id, current_tenant()))'
            || ' with check (in_partnership(partnership_id, current_tenant()))', t);
    end loop;
end $$;

-- A city signs only for its own people.
create policy own_signoff on review_signoff as restrictive for insert with check (tenant_id = current_tenant());
