#!/usr/bin/env bash
# Renders page 1 of the sample report's Word export to docs/images/export-page1.png (the README picture):
# the LibreOffice test writes the .docx and its PDF (EXPORT_ARTIFACTS), pdftoppm draws page 1.
# Needs apt packages libreoffice-writer-nogui, poppler-utils, fonts-noto-cjk (and fonts-arphic-ukai for 楷体).
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in soffice pdftoppm; do
  command -v "$tool" >/dev/null || { echo "render-export: $tool not found (apt-get install -y libreoffice-writer-nogui poppler-utils)" >&2; exit 2; }
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Linux has none of the fonts the document names (方正小标宋简体, 仿宋_GB2312, 黑体, 楷体_GB2312, 宋体), and
# fontconfig would draw them all in one sans face. These aliases, for this run only, pick the free face
# closest to each: Noto Serif CJK for the 宋/仿宋 faces (bold for the 小标宋 title), Noto Sans CJK for 黑体,
# AR PL UKai for 楷体. On Windows the real fonts (or the fallbacks in the font table) are used instead.
cat >"$work/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <match target="pattern"><test name="family"><string>方正小标宋简体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit>
    <edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>
  <match target="pattern"><test name="family"><string>仿宋_GB2312</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>宋体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Serif CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>黑体</string></test>
    <edit name="family" mode="assign" binding="strong"><string>Noto Sans CJK SC</string></edit></match>
  <match target="pattern"><test name="family"><string>楷体_GB2312</string></test>
    <edit name="family" mode="assign" binding="strong"><string>AR PL UKai CN</string><string>Noto Serif CJK SC</string></edit></match>
</fontconfig>
CONF

FONTCONFIG_FILE="$work/fonts.conf" EXPORT_ARTIFACTS="$work" npx jest tests/export/libreoffice.test.ts --silent
mkdir -p docs/images
pdftoppm -r 100 -f 1 -l 1 -png -singlefile "$work/export-sample.pdf" docs/images/export-page1
echo "render-export: wrote docs/images/export-page1.png"
