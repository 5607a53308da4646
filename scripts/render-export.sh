#!/usr/bin/env bash
# Renders page 1 of the sample report's Word export to docs/images/export-page1.png (the README picture):
# the LibreOffice test writes the .docx and its PDF (EXPORT_ARTIFACTS), pdftoppm draws page 1.
# Needs apt packages libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk, fonts-arphic-ukai (as .ci/run installs).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-export: $tool not found (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Linux has none of the fonts the document names (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体):
# scripts/lib/fonts.conf maps each to the closest free face, as CI and the picture tests do.
FONTCONFIG_FILE="$PWD/scripts/lib/fonts.conf" EXPORT_ARTIFACTS="$work" npx jest tests/export/libreoffice.test.ts --silent
mkdir -p docs/images
pdftoppm -r 100 -f 1 -l 1 -png -singlefile "$work/export-sample.pdf" docs/images/export-page1
echo "render-export: wrote docs/images/export-page1.png"
