#!/usr/bin/env bash
# The main job on the embedded defaults: builds the `jixiao` command line (Release) and scores the
# Haizhu 2022 department evaluation in testdata/ against the built-in gz-district-dept-2022
# framework (total 99, 优). Extra arguments replace the default command, e.g.
#   scripts/run.sh framework list
#   scripts/run.sh score my-evaluation.yaml --json
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "未找到 .NET SDK（dotnet）：请先运行 scripts/setup.sh 或安装 .NET 10 SDK" >&2; exit 1; }
dotnet build src/Jixiao.Cli -c Release --nologo -v q -clp:ErrorsOnly >&2
jixiao=artifacts/bin/Jixiao.Cli/release/jixiao
if [ "$#" -eq 0 ]; then
  set -- score testdata/haizhu-2022/evaluation.yaml
fi
exec "$jixiao" "$@"
