#!/usr/bin/env bash
# Installs what Jixiao needs on a fresh Debian machine (idempotent) and builds the solution.
# Debian packages: LibreOffice (DOCX/XLSX → PDF), poppler (pdftotext/pdftoppm), CJK fonts (Noto Serif/Sans
# CJK SC for 仿宋/宋体 and 黑体, AR PL UKai CN for 楷体), Liberation Serif (Times New Roman metrics, narrow digits),
# Chromium (browser tests), PostgreSQL (server database tests).
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-noto-cjk fonts-arphic-ukai fonts-liberation2 chromium postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "安装系统依赖：${missing[*]}"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

command -v dotnet >/dev/null || { echo "未找到 .NET SDK（dotnet）：请先安装 .NET 10 SDK" >&2; exit 1; }
dotnet build Jixiao.slnx -c Release --nologo -v q -clp:ErrorsOnly
