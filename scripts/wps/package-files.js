// Side files of the WPS package, generated at build time (webpack.wps.config.js): the publish.xml
// entry, and for IT departments that repackage WPS the jsplugins.xml and the oem.ini lines.
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

/** The same entry the installers write (publish-merge.js, run here as it runs under Windows Script Host). */
function publishEntry(name, version) {
  const ctx = {};
  vm.runInNewContext(fs.readFileSync(path.join(__dirname, "publish-merge.js"), "utf8"), ctx);
  return ctx.xxgkEntry(name, version);
}

/** For an intranet or local jsplugins.xml (oem.ini JSPluginsServer): IT replaces the URL with where
 *  they put the package (an http(s) folder, or file:/// of a shared copy). */
function jspluginsXml(name, version) {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<jsplugins>",
    `  <jsplugin name="${name}" type="et" url="file:///opt/xxgk/${name}_${version}/" version="${version}"/>`,
    "</jsplugins>",
    "",
  ].join("\n");
}

function oemIni() {
  return [
    "; 由信息中心加入 WPS 安装目录 office6/cfgs/oem.ini（Windows 如 C:\\Program Files\\Kingsoft\\WPS Office\\<版本>\\office6\\cfgs；",
    "; Linux /opt/kingsoft/wps-office/office6/cfgs；信创专业版 /opt/apps/cn.wps.wps-office-pro/files/kingsoft/wps-office/office6/cfgs）。",
    "; 个人版 12.1.0.16910 及以后的版本会校验 oem.ini，请改用 install 脚本（publish.xml）。",
    "[Support]",
    "JsApiPlugin=true",
    "[Server]",
    "JSPluginsServer=file:///opt/xxgk/jsplugins.xml",
    "",
  ].join("\n");
}

module.exports = { publishEntry, jspluginsXml, oemIni };
