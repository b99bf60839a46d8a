#!/usr/bin/env bash
# `make run`: the whole system on this machine, in the foreground; Ctrl-C stops what it started.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
# Demo data: son-la (default) or small; `make run DEMO=small`.
DEMO=${DEMO:-son-la}
case $DEMO in small | son-la) ;; *) die "DEMO must be small or son-la, not '$DEMO'" ;; esac
bash "$ROOT/scripts/prereqs.sh"
bash "$ROOT/scripts/fetch.sh"
for s in postgres keycloak backend spa; do
  running "$s" && die "$s is already running (pid $(cat "$RUN/pids/$s.pid")); stop it first: make stop"
done
check_ports_free
TAIL=
cleanup() { trap - EXIT; [ -z "$TAIL" ] || kill "$TAIL" 2>/dev/null || true; echo; say "Stopping"; stop_all; }
trap cleanup EXIT
trap 'exit 0' INT TERM
pg_start
kc_start
# Build and install while Keycloak starts.
backend_build
spa_install
kc_wait
if [ "$DEMO" = son-la ]; then
  say "Demo data: son-la. The first start of a database generates the Sơn La-size demo data once" \
    "(about 3,000 hamlets, 300,000 households, ten years of activity: about 60-120 seconds); later starts skip it"
fi
backend_start
spa_start
cat <<MSG

  LGTQ is running.
  App (SPA):              http://localhost:$SPA_PORT
  Public tip page:        http://localhost:$SPA_PORT/bao-tin   (citizens, no login)
  API:                    http://localhost:$API_PORT/api/v1   (OpenAPI: http://localhost:$API_PORT/q/openapi)
  Keycloak admin console: http://localhost:$KC_PORT/admin   admin / admin (local only)
  PostgreSQL:             127.0.0.1:$PG_PORT  database lgtq, user lgtq / $DB_PASSWORD
  Demo logins (password demo): national, province, district, commune, commune2, hamlet, group
  Demo data:              $DEMO   (invented hamlets, people and activity; \`make run DEMO=small\` for the small set,
                          \`make reset\` first to drop a database that has the Sơn La-size set)
  Logs: .run/logs/   Stop: Ctrl-C or make stop

MSG
tail -n 0 -F "$RUN"/logs/{postgres,keycloak,backend,spa}.log &
TAIL=$!
# Ends when a service exits: `make stop` removed its pid file, a crash left it; the EXIT trap stops the rest.
while sleep 2; do
  for s in postgres keycloak backend spa; do
    [ -f "$RUN/pids/$s.pid" ] || exit 0
    running "$s" || die "$s exited, see .run/logs/$s.log"
  done
done
