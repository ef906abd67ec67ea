-- The built-in issuer's authorizations (a sign-in's state and code, the tokens issued for it),
-- shared by every node: behind a load balancer the app's server-side token call may reach another
-- node than the one the browser signed in on. Each row is sealed with AES-GCM under the
-- deployment's citydialogue.identity.key-secret; tokens are found by their SHA-256, never stored
-- in the clear.
create table issuer_authorization (
    id                 text primary key check (length(id) between 1 and 200),
    state_hash         text,
    code_hash          text,
    access_token_hash  text,
    refresh_token_hash text,
    id_token_hash      text,
    expires_at         timestamptz not null,
    sealed             bytea not null
);
create index issuer_authorization_state on issuer_authorization (state_hash) where state_hash is not null;
create index issuer_authorization_code on issuer_authorization (code_hash) where code_hash is not null;
create index issuer_authorization_access on issuer_authorization (access_token_hash)
    where access_token_hash is not null;
create index issuer_authorization_refresh on issuer_authorization (refresh_token_hash)
    where refresh_token_hash is not null;
create index issuer_authorization_id_token on issuer_authorization (id_token_hash) where id_token_hash is not null;
create index issuer_authorization_expiry on issuer_authorization (expires_at);
