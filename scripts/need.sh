#!/usr/bin/env bash
# need.sh COMMAND PACKAGE...: when COMMAND is missing, installs the Debian PACKAGEs (as root) or says what to install.
set -euo pipefail
cmd=$1; shift
command -v "$cmd" >/dev/null && exit 0
[ "$(id -u)" = 0 ] || { echo "ERROR: $cmd is missing; install it: apt-get install $*" >&2; exit 1; }
echo "==> Installing $*"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$@" >/dev/null
