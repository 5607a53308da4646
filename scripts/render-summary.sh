#!/usr/bin/env bash
# Renders the first page of a reviewer's summary workbook (xxgk check --report) to docs/images/summary.png,
# the README picture: a few fixtures and, when they are beside the checkout, the real reports of
# ../shared/reports/real, checked with --prior-dir; LibreOffice prints the workbook to PDF, pdftoppm draws page 1.
# Needs apt packages libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-summary: $tool not found (apt-get install -y libreoffice-calc-nogui poppler-utils)" >&2; exit 2; }
done
[ -f lib/cli/main.js ] || npm run build:cli >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/年报2024/县直部门" "$work/年报2023"
cp tests/fixtures/reports/sample-2024-panyu-hrss.txt "$work/年报2024/番禺区人社局.txt"
cp tests/fixtures/reports/html-2023-spans.html "$work/年报2024/县直部门/某县财政局.html"
cp tests/fixtures/reports/pdf-2024-row-faults.txt "$work/年报2024/县直部门/某区司法局.txt"
cp tests/fixtures/reports/pipe-2022.txt "$work/年报2024/县直部门/某区教育局.md"
printf '这不是工作簿' >"$work/年报2024/县直部门/损坏的文件.xlsx"
for shared in ../shared/reports/real ../../shared/reports/real; do
  if [ -d "$shared" ]; then
    cp "$shared/huaian-hongze-2024.txt" "$work/年报2024/洪泽区.txt"
    cp "$shared/huaian-city-2024.txt" "$work/年报2024/淮安市.txt"
    cp "$shared/huaian-hongze-2023.txt" "$work/年报2023/洪泽区2023.txt"
    break
  fi
done

(cd "$work" && node "$repo/bin/xxgk.js" check 年报2024 --prior-dir 年报2023 --report 汇总.xlsx >/dev/null) || true
soffice "-env:UserInstallation=file://$work/profile" --headless --convert-to pdf --outdir "$work" "$work/汇总.xlsx" >/dev/null
mkdir -p docs/images
# The rows fill the top of the A4 page: draw that part only.
pdftoppm -r 110 -f 1 -l 1 -W 1240 -H 720 -png -singlefile "$work/汇总.pdf" docs/images/summary
echo "render-summary: wrote docs/images/summary.png"
