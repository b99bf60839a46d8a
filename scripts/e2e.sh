#!/usr/bin/env bash
# Browser tests against the whole system: a fresh database and realm, demo data, the real Keycloak login page.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
check_ports_free
bash "$ROOT/scripts/need.sh" chromium chromium fonts-liberation
bash "$ROOT/scripts/prereqs.sh"
bash "$ROOT/scripts/fetch.sh"
PG_DATA=$RUN/e2e-pgdata
DEMO=small  # the browser tests rely on the small demo set only
rm -rf "$PG_DATA" "$RUN/e2e-keycloak"
trap 'rc=$?; stop_all; [ $rc = 0 ] || echo "e2e failed; service logs are in .run/logs/"' EXIT
pg_start
kc_start "--db-url=jdbc:h2:file:$RUN/e2e-keycloak/keycloakdb;NON_KEYWORDS=VALUE"
# Build and install while Keycloak starts.
backend_build
spa_install
kc_wait
backend_start
spa_start
say "Running the browser tests"
npm --prefix "$ROOT/frontend" run e2e
