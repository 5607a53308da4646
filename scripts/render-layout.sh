#!/bin/sh
# Renders the template filled with the sample report through LibreOffice (xlsx → PDF) and poppler
# (PDF → PNG) into docs/images/layout-<table>.png, for the README.
# Needs: libreoffice-calc-nogui, poppler-utils, fonts-noto-cjk (as .ci/run installs); the fonts the
# workbook names are drawn with the stand-ins of scripts/lib/fonts.conf, as in CI's picture tests.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npx --prefix "$root" tsc "$root/scripts/render-sample.ts" --outDir "$work/js" --rootDir "$root" \
  --target ES2019 --module commonjs --esModuleInterop --skipLibCheck --strict --types node
NODE_PATH="$root/node_modules" node "$work/js/scripts/render-sample.js" "$root" "$work"
for t in t2 t3 t4 narrative; do
  FONTCONFIG_FILE="$root/scripts/lib/fonts.conf" soffice -env:UserInstallation=file://$work/profile --headless --convert-to pdf --outdir "$work" "$work/layout-$t.xlsx" >/dev/null
  pdftoppm -png -r 110 -f 1 -l 1 -singlefile "$work/layout-$t.pdf" "$root/docs/images/layout-$t"
done
ls -l "$root/docs/images"
