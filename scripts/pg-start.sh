#!/bin/bash
# Throwaway PostgreSQL cluster on 127.0.0.1:$PGPORT (default 55432) under /tmp/jixiao-pg-$PGPORT
# (run as root; Debian postgresql 15). Adapted from ../shared/recipes/pg-start.sh.
set -euo pipefail
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
PGROOT=/tmp/jixiao-pg-$PGPORT; PGDATA=$PGROOT/data
if [ -f "$PGDATA/postmaster.pid" ]; then
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1 || true
fi
rm -rf "$PGROOT"; mkdir -p "$PGROOT"; chown postgres:postgres "$PGROOT"
echo 'ci_pw' > "$PGROOT/pw"; chown postgres "$PGROOT/pw"
runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres --pwfile="$PGROOT/pw" \
   --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$PGROOT/initdb.log"
runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGROOT/server.log" -w -t 60 \
   -o "-h 127.0.0.1 -p $PGPORT -k $PGROOT -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=300" start
PGPASSWORD=ci_pw psql -h 127.0.0.1 -p "$PGPORT" -U postgres -Atc 'select version()'
