#!/usr/bin/env node
// `npm run stop`: ends what `npm start` started. Desktop: office-addin-debugging stop (removes the
// sideloaded manifest and stops its dev server). Web mode: the dev server whose id start.js recorded.
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { ensureUsageDataOff } = require("./lib/no-telemetry");
const { PID_FILE } = require("./lib/pid-file");

const ROOT = path.resolve(__dirname, "..");

function stopWebServer() {
  let pid;
  try {
    pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  } catch {
    console.log("没有正在运行的开发服务器记录。\nNo running dev server is recorded.");
    return;
  }
  try {
    process.kill(pid, "SIGTERM");
    console.log(`已停止开发服务器（进程 ${pid}）。\nStopped the dev server (process ${pid}).`);
  } catch {
    console.log(`开发服务器（进程 ${pid}）已不在运行。\nThe dev server (process ${pid}) was no longer running.`);
  }
  fs.rmSync(PID_FILE, { force: true });
}

ensureUsageDataOff();
stopWebServer();
if (["win32", "darwin"].includes(process.platform) && !process.argv.includes("--web")) {
  const bin = path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  spawnSync(bin, ["stop", "manifest.xml"], { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" });
}
