#!/usr/bin/env bash
# Checks deploy/nginx.conf with the distribution's nginx (nginx -t), as docker-compose.yml's proxy would load it.
# The app instances' names (app-1, app-2) exist only inside Compose, so the check points them at 127.0.0.1.
#
#   scripts/check-proxy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/common.sh
command -v nginx >/dev/null 2>&1 || apt_install nginx-light || apt_install nginx || die "Could not install nginx. As root run: apt-get install -y nginx"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/logs"
sed -e 's/server app-\([0-9]\):8080/server 127.0.0.1:1808\1/' deploy/nginx.conf >"$work/nginx.conf"
printf 'pid %s/nginx.pid;\nerror_log %s/logs/error.log;\n' "$work" "$work" | cat - "$work/nginx.conf" >"$work/nginx.full.conf"
nginx -t -q -p "$work" -c "$work/nginx.full.conf" -g 'daemon off;' && say "deploy/nginx.conf is valid"
