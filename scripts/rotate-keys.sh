#!/usr/bin/env bash
# `make rotate-keys`: re-encrypts every sealed value (tip informants; reintegration identities, histories and
# notes) under the current key ids and recomputes the citizen ID index, 500 rows a transaction, while the system
# runs; a value already under the current key is skipped, so an interrupted run is simply started again.
# Exit code 0 when every value is under the current key. README.md, "Keys and rotation", has the procedure.
#
# Against a database of your own: export the backend's settings first (QUARKUS_DATASOURCE_JDBC_URL, _USERNAME,
# _PASSWORD, LGTQ_TIPS_INFORMANT_KEY(S)/_KEY_ID, LGTQ_REINTEGRATION_KEY(S)/_KEY_ID), the same as the running
# backend's, e.g. `set -a; . ./.env; set +a; make rotate-keys`.
# Without QUARKUS_DATASOURCE_JDBC_URL: the local `make run` database; a new key is added to each local ring in
# .run/ and made current, then everything is moved to it (the local backend must be stopped: it knows only the
# old keys; `make run` afterwards starts it with the new ones).
set -euo pipefail
. "$(dirname "$0")/lib.sh"
started_pg=
if [ -z "${QUARKUS_DATASOURCE_JDBC_URL:-}" ]; then
  running backend && die "the local backend is running with the old keys: stop it (make stop), then make rotate-keys"
  [ -x "$PG_HOME/bin/postgres" ] || die "no local database yet: make run first"
  if ! running postgres; then pg_start; started_pg=1; fi
  trap '[ -z "$started_pg" ] || stop postgres INT' EXIT
  local_add_key informant
  local_add_key reintegration
  say "New local keys: informant key $(local_key_id informant), reintegration key $(local_key_id reintegration)"
  # shellcheck disable=SC2046 # key=value words without spaces (base64 has none)
  export $(local_key_env)
  export QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/lgtq QUARKUS_DATASOURCE_USERNAME=lgtq \
    QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD
fi
backend_build
say "Re-encrypting under informant key ${LGTQ_TIPS_INFORMANT_KEY_ID:-1}, reintegration key ${LGTQ_REINTEGRATION_KEY_ID:-1}"
# The backend itself, without HTTP clients (a free port on 127.0.0.1, no token checks, no demo data), stopping when
# the rotation is over; its progress is its log.
java -Duser.timezone=Asia/Ho_Chi_Minh -Dlgtq.crypto.rotate-on-start=true -Dlgtq.crypto.exit-after-rotation=true \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=0 -Dquarkus.management.port=0 -Dquarkus.oidc.tenant-enabled=false \
  -Dlgtq.demo-data.enabled=false \
  -jar "$ROOT/backend/target/quarkus-app/quarkus-run.jar"
