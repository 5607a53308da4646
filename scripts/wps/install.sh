#!/bin/sh
# 政务公开年报助手 WPS 加载项：为当前用户安装（Linux：统信 UOS、银河麒麟等上的 WPS 专业版与个人版）。
# Copies @FOLDER@ into ~/.local/share/Kingsoft/wps/jsaddons and merges our entry into publish.xml
# there, keeping every other add-in's entry. Safe to run twice. XXGK_WPS_JSADDONS overrides the folder.
set -eu
NAME=@NAME@
VERSION=@VERSION@
FOLDER=@FOLDER@
HERE=$(cd "$(dirname "$0")" && pwd)
JSADDONS=${XXGK_WPS_JSADDONS:-"$HOME/.local/share/Kingsoft/wps/jsaddons"}
PUBLISH="$JSADDONS/publish.xml"
ENTRY="<jsplugin name=\"$NAME\" type=\"et\" url=\"$FOLDER\" version=\"$VERSION\" enable=\"enable_dev\" install=\"null\"/>"

if [ ! -d "$HERE/$FOLDER" ]; then
  echo "安装没有完成：找不到 $HERE/$FOLDER。请在解压后的安装包目录中运行本脚本。" >&2
  exit 2
fi
mkdir -p "$JSADDONS"
for d in "$JSADDONS/${NAME}"_*; do
  if [ -d "$d" ]; then rm -rf "$d"; fi
done
cp -R "$HERE/$FOLDER" "$JSADDONS/$FOLDER"

tmp="$PUBLISH.xxgk.$$"
if [ -f "$PUBLISH" ] && grep -q '<jsplugins' "$PUBLISH"; then
  # The whole file as one string: remove our entries (any version), then add ours before </jsplugins>.
  awk -v name="$NAME" -v entry="$ENTRY" '
    { text = text $0 "\n" }
    END {
      re = "[ \t]*<jsplugin(online)?[ \t\n][^>]*name=\"" name "\"[^>]*/>[ \t]*\n?"
      gsub(re, "", text)
      if (match(text, /<jsplugins[^>]*\/>/)) {
        open = substr(text, RSTART, RLENGTH - 2)
        text = substr(text, 1, RSTART - 1) open ">\n  " entry "\n</jsplugins>" substr(text, RSTART + RLENGTH)
      } else if (match(text, /<\/jsplugins>/)) {
        text = substr(text, 1, RSTART - 1) "  " entry "\n" substr(text, RSTART)
      }
      printf "%s", text
    }' "$PUBLISH" > "$tmp"
else
  printf '<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  %s\n</jsplugins>\n' "$ENTRY" > "$tmp"
fi
mv "$tmp" "$PUBLISH"

echo "已安装政务公开年报助手 $VERSION（WPS 加载项）到 $JSADDONS。请重新启动 WPS 表格，在“政务公开年报”选项卡中使用。"
if [ -d /opt/apps/cn.wps.wps-office-pro ]; then
  echo "检测到 WPS 专业版（信创）：若单位统一管理加载项（oem.ini），请把安装包中的 jsplugins.xml 交给信息中心。"
fi
