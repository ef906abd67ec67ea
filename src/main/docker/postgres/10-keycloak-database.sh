#!/bin/bash
# Runs once, when the postgres volume is initialised (docker-entrypoint-initdb.d).
# Creates Keycloak's own login role and database beside the app's database, so Keycloak's
# tables never mix with the app's tenant schemas. Changing KEYCLOAK_DB_PASSWORD later has no
# effect on an existing volume: use ALTER ROLE keycloak PASSWORD '...' then.
set -euo pipefail
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD must be set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v kc_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE keycloak LOGIN PASSWORD :'kc_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
