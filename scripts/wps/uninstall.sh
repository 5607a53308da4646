#!/bin/sh
# 政务公开年报助手 WPS 加载项：为当前用户卸载（Linux）。Removes our package folders and our
# publish.xml entry only; every other add-in's entry stays. Safe to run twice.
set -eu
NAME=@NAME@
JSADDONS=${XXGK_WPS_JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}
PUBLISH="$JSADDONS/publish.xml"
for d in "$JSADDONS/${NAME}"_*; do
  if [ -d "$d" ]; then rm -rf "$d"; fi
done
if [ -f "$PUBLISH" ]; then
  tmp="$PUBLISH.xxgk.$$"
  awk -v name="$NAME" '
    { text = text $0 "\n" }
    END {
      re = "[ \t]*<jsplugin(online)?[ \t\n][^>]*name=\"" name "\"[^>]*/>[ \t]*\n?"
      gsub(re, "", text)
      printf "%s", text
    }' "$PUBLISH" > "$tmp"
  mv "$tmp" "$PUBLISH"
fi
echo "已卸载政务公开年报助手（WPS 加载项）。请重新启动 WPS。"
