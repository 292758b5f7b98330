#!/bin/bash
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGPORT=${PGPORT:-55432}
runuser -u postgres -- "$PGBIN/pg_ctl" -D "/tmp/jixiao-pg-$PGPORT/data" -m fast -w stop && rm -rf "/tmp/jixiao-pg-$PGPORT"
