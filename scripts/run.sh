#!/usr/bin/env bash
# The main job on the embedded defaults: builds `jixiao` (Release) and starts the web application on
# SQLite (./data/jixiao.db): migrations applied, a demo district seeded on first start, URL and demo
# accounts printed. Extra arguments replace the default command, e.g.
#   scripts/run.sh serve --urls http://127.0.0.1:8080 --db postgres:Host=127.0.0.1;Username=postgres;Password=…;Database=jixiao
#   scripts/run.sh score testdata/haizhu-2022/evaluation.yaml
#   scripts/run.sh framework list
set -euo pipefail
cd "$(dirname "$0")/.."
# Debian packages (LibreOffice for PDF, fonts, …) and the Release build, both idempotent.
bash scripts/setup.sh >&2
jixiao=artifacts/bin/Jixiao.Cli/release/jixiao
if [ "$#" -eq 0 ]; then
  set -- serve --urls "${JIXIAO_URLS:-http://127.0.0.1:5000}"
fi
exec "$jixiao" "$@"
