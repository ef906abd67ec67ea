-- The built-in issuer's signing keys, shared by every node of a deployment: a token one node
-- issued is checked by any other. The whole JWK (private part included) is sealed with AES-GCM
-- under the deployment's citydialogue.identity.key-secret, which the database never sees. The
-- newest key signs; older ones still verify until retire_at, so rotating breaks no token.
create table issuer_key (
    kid        text primary key check (length(kid) between 1 and 200),
    sealed_jwk bytea not null,
    created_at timestamptz not null default now(),
    retire_at  timestamptz
);
