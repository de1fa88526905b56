#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throwaway PostgreSQL 15 cluster (with PostGIS 3) for the tests, in a folder of its own.
#
#   scripts/pg-cluster.sh start DIR   creates the cluster in DIR (new or empty), starts it, creates the
#                                     test roles and database, and prints the shell lines that tell the
#                                     tests how to reach it (SEZ_TEST_PG, PGPASSFILE); also kept in DIR/env
#   scripts/pg-cluster.sh stop DIR    stops it and deletes DIR
#
# The server listens on a Unix socket in DIR/socket only (no TCP) and runs as an unprivileged user: the
# caller, or, when the caller is root (CI), the system user "postgres" that Debian's package creates
# (else a new system user "sezview-pg"). Roles, as an office would have them (README, "A shared register"):
#   sez_admin            superuser, trusted on the socket: creates the register (sezview-cli register init)
#   sezview_officer      group role of the officers, who write; members officer and officer2
#   sezview_reader       group role of investors and analysts, who read; member analyst
# The login roles have random passwords, found by libpq in DIR/pgpass (PGPASSFILE), as a desk's ~/.pgpass.
# The data is thrown away, so it is not flushed to disk (SEZ_PG_FSYNC=on measures with flushing).
set -euo pipefail

bindir=${SEZ_PG_BINDIR:-/usr/lib/postgresql/15/bin}
database=sezview_test

die() { echo "pg-cluster.sh: $*" >&2; exit 1; }

[ $# -eq 2 ] || die "usage: pg-cluster.sh start|stop DIR"
action=$1
dir=$2

# Runs a command as the cluster's owner.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

pick_owner() {
  if [ "$(id -u)" -ne 0 ]; then
    owner=$(id -un)
  elif id postgres >/dev/null 2>&1; then
    owner=postgres
  else
    id sezview-pg >/dev/null 2>&1 ||
      useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin sezview-pg
    owner=sezview-pg
  fi
}

now_ms() { date +%s%3N; }

start() {
  [ -x "$bindir/initdb" ] || die "$bindir/initdb not found: run scripts/deps.sh (postgresql-15)"
  mkdir -p "$dir"
  [ -z "$(ls -A "$dir")" ] || die "$dir is not empty"
  dir=$(cd "$dir" && pwd)
  pick_owner
  local t0 t1 t2
  t0=$(now_ms)
  mkdir -m 700 "$dir/socket"
  [ "$(id -u)" -ne 0 ] || chown -R "$owner" "$dir"
  chmod 700 "$dir"
  as_owner "$bindir/initdb" --no-sync --auth-local=scram-sha-256 --auth-host=reject -U sez_admin \
    --encoding=UTF8 --locale=C.UTF-8 -D "$dir/data" >"$dir/initdb.log" 2>&1 ||
    { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  # The superuser is trusted on the private socket; everybody else signs in with a password.
  as_owner sh -c "printf 'local all sez_admin trust\nlocal all all scram-sha-256\n' >'$dir/data/pg_hba.conf'"
  as_owner sh -c "cat >>'$dir/data/postgresql.conf'" <<EOF
listen_addresses = ''
unix_socket_directories = '$dir/socket'
unix_socket_permissions = 0700
max_connections = 60
shared_buffers = 32MB
fsync = ${SEZ_PG_FSYNC:-off}
full_page_writes = ${SEZ_PG_FSYNC:-off}
log_line_prefix = '%m [%p] %u@%d '
EOF
  t1=$(now_ms)
  as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null ||
    { cat "$dir/server.log" >&2; die "the server did not start"; }
  t2=$(now_ms)

  local pass_officer pass_officer2 pass_analyst
  pass_officer=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  pass_officer2=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  pass_analyst=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
  psql_admin postgres <<EOF
CREATE ROLE sezview_officer NOLOGIN;
CREATE ROLE sezview_reader NOLOGIN;
CREATE ROLE officer LOGIN PASSWORD '$pass_officer' IN ROLE sezview_officer;
CREATE ROLE officer2 LOGIN PASSWORD '$pass_officer2' IN ROLE sezview_officer;
CREATE ROLE analyst LOGIN PASSWORD '$pass_analyst' IN ROLE sezview_reader;
CREATE DATABASE $database;
EOF
  psql_admin "$database" <<<"CREATE EXTENSION postgis;"
  local t3
  t3=$(now_ms)
  umask 077
  {
    echo "$dir/socket:5432:*:officer:$pass_officer"
    echo "$dir/socket:5432:*:officer2:$pass_officer2"
    echo "$dir/socket:5432:*:analyst:$pass_analyst"
  } >"$dir/pgpass"
  {
    echo "export SEZ_TEST_PG='postgresql:///$database?host=$dir/socket'"
    echo "export PGPASSFILE='$dir/pgpass'"
  } >"$dir/env"
  cat "$dir/env"
  echo "pg-cluster.sh: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') with PostGIS in $dir" \
    "(initdb $((t1 - t0)) ms, start $((t2 - t1)) ms, roles and database with PostGIS $((t3 - t2)) ms)" >&2
}

psql_admin() {
  as_owner "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -U sez_admin -d "$1" >/dev/null
}

stop() {
  [ -d "$dir" ] || return 0
  pick_owner
  local t0
  t0=$(now_ms)
  # Immediate: no shutdown checkpoint, since the data is thrown away next.
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w -t 60 stop >/dev/null || true
  fi
  rm -rf "$dir"
  echo "pg-cluster.sh: stopped and removed $dir ($(($(now_ms) - t0)) ms)" >&2
}

case "$action" in
  start) start ;;
  stop) stop ;;
  *) die "usage: pg-cluster.sh start|stop DIR" ;;
esac
