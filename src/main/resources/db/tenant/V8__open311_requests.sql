-- Requests reported over Open311 GeoReport v2: what the client sent beyond the case itself, and
-- what makes a retried POST find its first case instead of making a second one. The unique
-- constraints, not only the code, refuse a second row for the same key.
create table open311_request (
    id                bigint generated always as identity primary key,
    case_id           bigint unique references resident_case (id),
    client_id         text not null,
    token             uuid not null unique,
    idempotency_key   text check (length(idempotency_key) between 1 and 200),
    device_id         text check (length(device_id) <= 200),
    client_request_id text check (length(client_request_id) <= 200),
    account_id        text check (length(account_id) <= 200),
    lat               double precision check (lat between -90 and 90),
    long              double precision check (long between -180 and 180),
    address_id        text check (length(address_id) <= 200),
    media_url         text check (length(media_url) <= 2000),
    attributes        jsonb not null default '{}',
    received_at       timestamptz not null default now(),
    unique (client_id, idempotency_key),
    unique (client_id, device_id, client_request_id)
);
