// Our scripts must never send usage data. office-addin-usage-data 3.x (what package-lock pins)
// has reporting removed: every report call is a no-op and isUsageDataOn() is false. Older 1.x/2.x
// releases sent data unless ~/office-addin-usage-data.json said "off"; if one of those is ever
// installed, turn it off through its own CLI before any office-addin-* tool runs.
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const PACKAGE = "office-addin-usage-data";

function installedMajor() {
  try {
    return Number(require(`${PACKAGE}/package.json`).version.split(".")[0]);
  } catch {
    return undefined; // not installed: nothing can report
  }
}

/** True when the installed office-addin-usage-data cannot send anything. */
function usageDataIsInert() {
  const major = installedMajor();
  return major === undefined || major >= 3;
}

function ensureUsageDataOff() {
  if (usageDataIsInert()) return;
  const cli = path.join(path.dirname(require.resolve(`${PACKAGE}/package.json`)), "lib", "cli.js");
  spawnSync(process.execPath, [cli, "off"], { stdio: "ignore", timeout: 15000 });
}

module.exports = { ensureUsageDataOff, usageDataIsInert };
