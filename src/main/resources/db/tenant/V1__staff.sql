-- Staff of this tenant. Those signed in by the built-in authorization server have a password hash;
-- those of an external identity provider get a profile on first sign-in.
create table staff_account (
    username      text primary key check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name  text not null,
    password_hash text,
    roles         text[] not null default '{}',
    department    text,
    enabled       boolean not null default true,
    created_at    timestamptz not null default now()
);

create table staff_profile (
    subject       text primary key,
    username      text not null,
    display_name  text not null,
    roles         text[] not null default '{}',
    locale        text check (locale in ('en', 'sv', 'zh-Hans')),
    last_sign_in  timestamptz
);

create table department (
    code     text primary key,
    names    jsonb not null,
    position int not null
);

-- Public-records law: who did what, and when. Later issues hash-chain it.
create table audit_event (
    id       bigint generated always as identity primary key,
    at       timestamptz not null default now(),
    actor    text not null,
    action   text not null,
    subject  text,
    detail   jsonb
);
create index audit_event_at on audit_event (at);
