#!/usr/bin/env bash
# Runs every test project (unit, integration on SQLite and a throwaway PostgreSQL, browser tests
# in Debian's Chromium) and prints one closing line: "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh || exit 1

# A throwaway PostgreSQL cluster on loopback for the server-database tests.
export PGPORT="${PGPORT:-55432}"
bash scripts/pg-start.sh >/tmp/jixiao-pg.log 2>&1 || { cat /tmp/jixiao-pg.log; echo "PostgreSQL 启动失败" >&2; exit 1; }
trap 'bash scripts/pg-stop.sh >/dev/null 2>&1 || true' EXIT
export JIXIAO_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Password=ci_pw;Database=postgres"

results=$(mktemp -d)
status=0
dotnet test Jixiao.slnx -c Release --no-build --nologo \
  --logger "trx" --results-directory "$results" -- RunConfiguration.TreatNoTestsAsError=true || status=$?

passed=0; failed=0; skipped=0; files=0
for f in "$results"/*.trx; do
  [ -f "$f" ] || continue
  files=$((files + 1))
  counters=$(grep -o '<Counters [^>]*>' "$f" | head -1)
  get() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
  passed=$((passed + $(get passed)))
  failed=$((failed + $(get failed) + $(get error) + $(get timeout) + $(get aborted)))
  skipped=$((skipped + $(get notExecuted)))
done
if [ "$files" -eq 0 ]; then echo "没有找到测试结果" >&2; status=1; fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1   # a crash or build failure counts as a failure
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
exit $status
