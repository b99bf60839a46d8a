#!/usr/bin/env bash
# Checks the tools that `make run` and `make test` need and names, in one line, what to install.
set -euo pipefail
missing=() pkgs=()
java_major=$(java -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n1 || true)
[ "${java_major:-0}" -ge 17 ] || { missing+=("Java 17+"); pkgs+=(openjdk-17-jdk); }
node_major=$(node -v 2>/dev/null | sed 's/^v\([0-9]*\).*/\1/' || true)
[ "${node_major:-0}" -ge 20 ] || missing+=("Node.js 20+ (from nodejs.org; Debian 12's nodejs is too old)")
for t in npm:npm unzip:unzip tar:tar xz:xz-utils unshare:util-linux curl:curl; do
  command -v "${t%%:*}" >/dev/null || { missing+=("${t%%:*}"); pkgs+=("${t#*:}"); }
done
[ ${#missing[@]} = 0 ] && exit 0
msg="Missing: $(printf '%s, ' "${missing[@]}")"
msg=${msg%, }
[ ${#pkgs[@]} = 0 ] || msg+=" — install with: apt-get install ${pkgs[*]}"
echo "$msg" >&2
exit 1
