#!/usr/bin/env bash
# Debian packages the test suite starts for real. Installed only when missing.
set -euo pipefail
needed=()
for pair in "wget:wget" "chromium:chromium" "redis-server:redis-server" "nginx:nginx-light"; do
    cmd=${pair%%:*}; pkg=${pair#*:}
    command -v "$cmd" >/dev/null 2>&1 || needed+=("$pkg")
done
[ ${#needed[@]} -eq 0 ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "Installing Debian packages: ${needed[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${needed[@]}"
