#!/usr/bin/env bash
# `make stop`: stops exactly the processes whose pid files are in .run/pids.
set -euo pipefail
. "$(dirname "$0")/lib.sh"
stop_all
