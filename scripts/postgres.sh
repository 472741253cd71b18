#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the store tests. Sourced by test.sh; run it on its own
# (`bash scripts/postgres.sh`) to start a cluster by hand: it prints the variables to export.
#
# It finds Debian's PostgreSQL (pg_ctl/initdb under /usr/lib/postgresql/*/bin, or on PATH),
# installing the `postgresql` package with apt-get when they are missing and we may (root, or
# password-less sudo). It then initdb's a cluster in a temporary directory as an unprivileged
# user (initdb and pg_ctl refuse root), starts it on a free 127.0.0.1 port with its unix socket
# in that directory, creates a database and exports:
#
#   STORYLINE_TEST_POSTGRES   postgresql://storyline@127.0.0.1:PORT/storyline
#   STORYLINE_TEST_PGDATA     the cluster's data directory
#   STORYLINE_TEST_PGCTL      the pg_ctl command line to use on it (with runuser when root)
#
# When PostgreSQL cannot be had it exports STORYLINE_TEST_POSTGRES_SKIP with the reason instead,
# and the PostgreSQL tests skip with that reason. `storyline_postgres_stop` stops the cluster
# and removes the directory; test.sh calls it on exit. A STORYLINE_TEST_POSTGRES set beforehand
# is used as it is and nothing is started. STORYLINE_NO_POSTGRES=1 skips PostgreSQL on purpose.

storyline_postgres_bindir() {
  local found
  if found=$(command -v pg_ctl 2>/dev/null) && [ -x "$(dirname "$found")/initdb" ]; then
    dirname "$(readlink -f "$found")"
    return 0
  fi
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$found" ] && [ -x "$found/pg_ctl" ] && [ -x "$found/initdb" ]; then
    echo "$found"
    return 0
  fi
  return 1
}

storyline_postgres_install() {
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo=(sudo -n)
    else
      echo "PostgreSQL is not installed and this user cannot install it (not root, no sudo)"
      return 1
    fi
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed and apt-get is not available to install it"
    return 1
  fi
  echo "storyline: installing Debian's postgresql package for the store tests" >&2
  local log
  log=$(mktemp)
  if ! { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
    --no-install-recommends postgresql >"$log" 2>&1 ||
    { "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$log" 2>&1 &&
      "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
        --no-install-recommends postgresql >>"$log" 2>&1; }; }; then
    echo "apt-get install postgresql failed: $(tail -n 1 "$log")"
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
}

storyline_postgres_skip() {
  export STORYLINE_TEST_POSTGRES_SKIP="$1"
  unset STORYLINE_TEST_POSTGRES STORYLINE_TEST_PGDATA STORYLINE_TEST_PGCTL
  echo "storyline: PostgreSQL tests will skip: $1" >&2
}

storyline_postgres_start() {
  if [ -n "${STORYLINE_TEST_POSTGRES:-}" ]; then
    echo "storyline: using STORYLINE_TEST_POSTGRES as given" >&2
    return 0
  fi
  if [ "${STORYLINE_NO_POSTGRES:-0}" = 1 ]; then
    storyline_postgres_skip "STORYLINE_NO_POSTGRES=1"
    return 0
  fi
  local bindir reason
  if ! bindir=$(storyline_postgres_bindir); then
    if ! reason=$(storyline_postgres_install) || ! bindir=$(storyline_postgres_bindir); then
      storyline_postgres_skip "${reason:-postgresql installed, but pg_ctl/initdb not found}"
      return 0
    fi
  fi

  # initdb and pg_ctl refuse root: run them as `postgres` (Debian's) or a dedicated user.
  local run=() owner
  owner=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id -u "$owner" >/dev/null 2>&1; then
      owner=storyline-pg
      id -u "$owner" >/dev/null 2>&1 ||
        useradd --system --no-create-home --shell /usr/sbin/nologin "$owner" ||
        { storyline_postgres_skip "cannot create an unprivileged user to run PostgreSQL"; return 0; }
    fi
    run=(runuser -u "$owner" --)
  fi

  local dir port
  dir=$(mktemp -d "${TMPDIR:-/tmp}/slpg.XXXXXX")
  if [ "$(id -u)" -eq 0 ]; then
    chown "$owner" "$dir"
  fi
  local python=python3
  [ -x .venv/bin/python ] && python=.venv/bin/python
  port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  if ! "${run[@]}" "$bindir/initdb" -D "$dir/data" -U storyline --auth=trust -E UTF8 \
    --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 &&
    ! { rm -rf "$dir/data" && "${run[@]}" "$bindir/initdb" -D "$dir/data" -U storyline \
      --auth=trust -E UTF8 --no-locale >"$dir/initdb.log" 2>&1; }; then
    storyline_postgres_skip "initdb failed: $(tail -n 1 "$dir/initdb.log")"
    rm -rf "$dir"
    return 0
  fi
  # Throwaway settings: loopback only, socket in the temp dir, durability traded for speed
  # (a crash of the machine loses the cluster, which the tests throw away anyway).
  "${run[@]}" tee -a "$dir/data/postgresql.conf" >/dev/null <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
  if ! "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    >/dev/null 2>&1; then
    storyline_postgres_skip "the PostgreSQL server did not start: $(tail -n 1 "$dir/server.log")"
    rm -rf "$dir"
    return 0
  fi
  if ! "${run[@]}" "$bindir/psql" -h "$dir" -p "$port" -U storyline -d postgres -q \
    -c "CREATE DATABASE storyline" >"$dir/createdb.log" 2>&1; then
    storyline_postgres_skip "CREATE DATABASE failed: $(tail -n 1 "$dir/createdb.log")"
    "${run[@]}" "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    return 0
  fi
  export STORYLINE_TEST_POSTGRES="postgresql://storyline@127.0.0.1:$port/storyline"
  export STORYLINE_TEST_PGDATA="$dir/data"
  export STORYLINE_TEST_PGCTL="${run[*]:+${run[*]} }$bindir/pg_ctl"
  export STORYLINE_PG_TEMP="$dir"
  unset STORYLINE_TEST_POSTGRES_SKIP
  echo "storyline: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port ($dir)" >&2
}

storyline_postgres_stop() {
  if [ -n "${STORYLINE_PG_TEMP:-}" ] && [ -d "$STORYLINE_PG_TEMP" ]; then
    # shellcheck disable=SC2086  # STORYLINE_TEST_PGCTL is a command line
    $STORYLINE_TEST_PGCTL -D "$STORYLINE_PG_TEMP/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$STORYLINE_PG_TEMP"
  fi
  unset STORYLINE_PG_TEMP
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  storyline_postgres_start
  echo "export STORYLINE_TEST_POSTGRES=${STORYLINE_TEST_POSTGRES:-}"
  echo "export STORYLINE_TEST_PGDATA=${STORYLINE_TEST_PGDATA:-}"
  echo "export STORYLINE_TEST_PGCTL='${STORYLINE_TEST_PGCTL:-}'"
  if [ -n "${STORYLINE_PG_TEMP:-}" ]; then
    echo "# stop it with: $STORYLINE_TEST_PGCTL -D $STORYLINE_TEST_PGDATA stop;" \
      "rm -rf $STORYLINE_PG_TEMP"
  fi
fi
