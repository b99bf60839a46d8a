# Shared settings and helpers for the scripts in this folder (sourced, not run).
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN=$ROOT/.run
PG_VERSION=17.11.0  # pinned by io.zonky.test.postgres:embedded-postgres-binaries-bom:17.11.0
KC_VERSION=26.7.3
PG_HOME=$RUN/postgres-$PG_VERSION
KC_HOME=$RUN/keycloak-$KC_VERSION
PG_DATA=$RUN/pgdata
PG_PORT=55432 KC_PORT=8180 API_PORT=8080 MGMT_PORT=9080 SPA_PORT=5173
DB_PASSWORD=lgtq  # local-only database on 127.0.0.1
mkdir -p "$RUN/downloads" "$RUN/logs" "$RUN/pids"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { printf 'ERROR: %s\n' "$*" >&2; exit 1; }

# PostgreSQL refuses to run as root; inside a new user namespace root is mapped to nobody.
AS_PG=(); [ "$(id -u)" = 0 ] && AS_PG=(unshare -U)

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# start NAME CMD...: run CMD in its own process group, logs in .run/logs/NAME.log, pid in .run/pids/NAME.pid
start() {
  local name=$1; shift
  setsid bash -c 'echo $$ >"$0"; exec "$@"' "$RUN/pids/$name.pid" "$@" >"$RUN/logs/$name.log" 2>&1 </dev/null &
  for _ in $(seq 50); do [ -s "$RUN/pids/$name.pid" ] && return; sleep 0.1; done
  die "$name did not start, see $RUN/logs/$name.log"
}

running() { [ -s "$RUN/pids/$1.pid" ] && kill -0 "$(cat "$RUN/pids/$1.pid")" 2>/dev/null; }

# wait_for NAME SECONDS CHECK...: poll CHECK until it succeeds; fail early when NAME's process died.
wait_for() {
  local name=$1 secs=$2; shift 2
  for _ in $(seq "$secs"); do
    "$@" >/dev/null 2>&1 && return
    running "$name" || { tail -n 30 "$RUN/logs/$name.log" >&2; die "$name stopped while starting, see $RUN/logs/$name.log"; }
    sleep 1
  done
  die "$name not ready after ${secs}s, see $RUN/logs/$name.log"
}

# stop NAME [SIGNAL]: signal the whole process group (default TERM: background jobs ignore INT), then SIGKILL.
stop() {
  local f=$RUN/pids/$1.pid pid
  [ -s "$f" ] || return 0
  pid=$(cat "$f")
  rm -f "$f"  # first, so that run.sh sees a stop rather than a crash
  if kill -0 -- "-$pid" 2>/dev/null; then
    kill "-${2:-TERM}" -- "-$pid" 2>/dev/null || true
    for _ in $(seq 30); do kill -0 -- "-$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL -- "-$pid" 2>/dev/null || true
    echo "stopped $1"
  fi
}

# PostgreSQL's SIGINT is its fast shutdown (SIGTERM would wait for clients to disconnect).
stop_all() { stop spa; stop backend; stop keycloak; stop postgres INT; }

pg_start() {
  running postgres && return
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    say "Creating database in ${PG_DATA#"$ROOT"/}"
    rm -rf "$PG_DATA" && mkdir -p "$PG_DATA"
    "${AS_PG[@]}" "$PG_HOME/bin/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      -A scram-sha-256 --pwfile=<(echo postgres) >"$RUN/logs/initdb.log" 2>&1 ||
      die "initdb failed, see $RUN/logs/initdb.log"
    printf "CREATE ROLE lgtq LOGIN PASSWORD '%s';\nCREATE DATABASE lgtq OWNER lgtq;\n" "$DB_PASSWORD" |
      "${AS_PG[@]}" "$PG_HOME/bin/postgres" --single -D "$PG_DATA" postgres >>"$RUN/logs/initdb.log" 2>&1 ||
      die "creating role and database failed, see $RUN/logs/initdb.log"
  fi
  say "Starting PostgreSQL on 127.0.0.1:$PG_PORT"
  start postgres "${AS_PG[@]}" "$PG_HOME/bin/postgres" -D "$PG_DATA" -p "$PG_PORT" \
    -c listen_addresses=127.0.0.1 -c unix_socket_directories=
  wait_for postgres 30 grep -q 'ready to accept connections' "$RUN/logs/postgres.log"
}

# kc_start [OPTION...]: launches Keycloak (kc_wait waits for it); options go to kc.sh, e.g. a throw-away --db-url.
kc_start() {
  running keycloak && return
  local realm=$ROOT/keycloak/realm-lgtq.json stamp=$KC_HOME/data/realm-imported
  mkdir -p "$KC_HOME/data/import"
  cp "$realm" "$KC_HOME/data/import/"
  if [ $# = 0 ]; then  # the default database: the realm is imported only when that database is new
    [ -d "$KC_HOME/data/h2" ] || touch "$stamp"
    [ "$realm" -nt "$stamp" ] && echo "note: $realm changed since it was imported; 'make reset' imports it again"
  fi
  say "Starting Keycloak on http://localhost:$KC_PORT"
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    LGTQ_INTEGRATION_SECRET=$(integration_secret) \
    start keycloak "$KC_HOME/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port="$KC_PORT" --import-realm "$@"
}

kc_wait() { wait_for keycloak 300 curl -fsS "http://localhost:$KC_PORT/realms/lgtq/.well-known/openid-configuration"; }

# The integration client's secret for local runs: made once, kept in .run/integration-secret.
integration_secret() {
  local f=$RUN/integration-secret
  [ -s "$f" ] || head -c 24 /dev/urandom | base64 | tr -d '/+=' >"$f"
  cat "$f"
}

# Keys for local runs, made once and kept in .run/: tip informants, and reintegration data.
local_key() {
  local f=$RUN/$1
  [ -s "$f" ] || head -c 32 /dev/urandom | base64 >"$f"
  cat "$f"
}

# The local key rings (informant, reintegration): key 1 in .run/NAME-key, more keys ("id:base64,...") in
# .run/NAME-keys and the current key id in .run/NAME-key-id, which `make rotate-keys` adds and moves on.
local_key_id() { if [ -s "$RUN/$1-key-id" ]; then cat "$RUN/$1-key-id"; else echo 1; fi; }
local_more_keys() { if [ -s "$RUN/$1-keys" ]; then cat "$RUN/$1-keys"; fi; }

# The backend's key settings for local runs, as NAME=value words.
local_key_env() {
  echo "LGTQ_TIPS_INFORMANT_KEY=$(local_key informant-key)" \
    "LGTQ_TIPS_INFORMANT_KEYS=$(local_more_keys informant)" \
    "LGTQ_TIPS_INFORMANT_KEY_ID=$(local_key_id informant)" \
    "LGTQ_REINTEGRATION_KEY=$(local_key reintegration-key)" \
    "LGTQ_REINTEGRATION_KEYS=$(local_more_keys reintegration)" \
    "LGTQ_REINTEGRATION_KEY_ID=$(local_key_id reintegration)"
}

# local_add_key NAME: a new random key in the local ring NAME, made the current one; the old keys stay.
local_add_key() {
  local id new
  local_key "$1-key" >/dev/null
  id=$(($(local_key_id "$1") + 1))
  [ "$id" -le 255 ] || die "key ids end at 255; start a new ring by hand in $RUN"
  new="$id:$(head -c 32 /dev/urandom | base64)"
  if [ -s "$RUN/$1-keys" ]; then echo "$(cat "$RUN/$1-keys"),$new" >"$RUN/$1-keys"; else echo "$new" >"$RUN/$1-keys"; fi
  echo "$id" >"$RUN/$1-key-id"
}

backend_build() {
  local jar=$ROOT/backend/target/quarkus-app/quarkus-run.jar
  if [ ! -f "$jar" ] || [ -n "$(find "$ROOT/backend/pom.xml" "$ROOT/backend/src" -newer "$jar" -print -quit)" ]; then
    say "Building the backend"
    (cd "$ROOT/backend" && ./mvnw -B -q package -DskipTests)
  fi
}

backend_start() {
  running backend && return
  backend_build
  local jar=$ROOT/backend/target/quarkus-app/quarkus-run.jar
  say "Starting the backend on http://localhost:$API_PORT"
  # shellcheck disable=SC2046 # key=value words without spaces (base64 has none)
  (export $(local_key_env)
    QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:$PG_PORT/lgtq \
      QUARKUS_DATASOURCE_USERNAME=lgtq QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
      QUARKUS_OIDC_AUTH_SERVER_URL=http://localhost:$KC_PORT/realms/lgtq \
      QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$API_PORT LGTQ_DEMO_DATA_ENABLED=true \
      LGTQ_DEMO_DATA_SIZE="${DEMO:-small}" \
      LGTQ_RATE_LIMIT_KEY=$(local_key rate-limit-key) QUARKUS_MANAGEMENT_PORT=$MGMT_PORT \
      start backend java -Xms256m -Xmx512m -Duser.timezone=Asia/Ho_Chi_Minh -jar "$jar") # dates are judged on Vietnam's calendar
  # The first start with DEMO=son-la generates the Sơn La-size demo data before it is ready (1-2 minutes here).
  wait_for backend 600 curl -fsS "http://127.0.0.1:$MGMT_PORT/q/health/ready" # the management interface
}

spa_install() {
  local fe=$ROOT/frontend
  if [ ! -f "$fe/node_modules/.package-lock.json" ] || [ "$fe/package-lock.json" -nt "$fe/node_modules/.package-lock.json" ]; then
    say "Installing frontend packages (npm ci)"
    npm --prefix "$fe" ci --no-audit --no-fund
  fi
}

spa_start() {
  running spa && return
  spa_install
  local fe=$ROOT/frontend
  say "Starting the SPA on http://localhost:$SPA_PORT"
  start spa npm --prefix "$fe" run dev -- --host localhost --port "$SPA_PORT" --strictPort
  wait_for spa 60 curl -fsS "http://localhost:$SPA_PORT/"
}

check_ports_free() {
  for p in $PG_PORT $KC_PORT $API_PORT $MGMT_PORT $SPA_PORT; do
    port_busy "$p" && die "port $p is already in use; stop \`make run\` first: make stop"
  done
  return 0
}
