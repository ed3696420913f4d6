#!/usr/bin/env bash
# Throwaway PostgreSQL server for the billing tests (loopback only, trust auth, fsync off).
#
#   scripts/pg-test-server.sh start   # initialises and starts it; prints TEST_DATABASE_URL=postgres://...
#   scripts/pg-test-server.sh url     # prints the URL of the running server
#   scripts/pg-test-server.sh stop    # stops it and deletes its data directory
#
# Works as root on a fresh Debian machine with the `postgresql` package installed
# (binaries in /usr/lib/postgresql/<major>/bin): initdb refuses root, so the server runs
# as the `postgres` system user (or `nobody` when that user does not exist).
# Env: PG_TEST_DIR (default /tmp/pg-test-server), PG_TEST_PORT (default: first free port from 15432).
set -euo pipefail

dir=${PG_TEST_DIR:-/tmp/pg-test-server}
data="$dir/data"
db=billing_test

find_bin() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
  if [ -n "$found" ] && [ -x "$found/initdb" ]; then echo "$found"; return; fi
  if command -v initdb >/dev/null; then dirname "$(readlink -f "$(command -v initdb)")"; return; fi
  echo "pg-test-server: no PostgreSQL server binaries (install the Debian 'postgresql' package)" >&2
  exit 1
}
bin=$(find_bin)

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pick_port() {
  if [ -n "${PG_TEST_PORT:-}" ]; then echo "$PG_TEST_PORT"; return; fi
  local p
  for p in $(seq 15432 15531); do
    if ! port_in_use "$p"; then echo "$p"; return; fi
  done
  echo "pg-test-server: no free port in 15432-15531" >&2
  exit 1
}

url() { echo "postgres://postgres@127.0.0.1:$(cat "$dir/port")/$db"; }

start() {
  if [ -f "$dir/port" ] && as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "TEST_DATABASE_URL=$(url)"
    return
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  local port
  port=$(pick_port)
  echo "$port" >"$dir/port"
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id "$user" >/dev/null 2>&1 || user=nobody
    chown -R "$user" "$dir"
  fi
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; exit 1; }
  as_owner "$bin/pg_ctl" -D "$data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c timezone=UTC" \
    start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"
  echo "TEST_DATABASE_URL=$(url)"
}

stop() {
  if [ -d "$data" ]; then
    as_owner "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  url) url ;;
  *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
