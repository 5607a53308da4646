#!/usr/bin/env node
// `npm run demo`: the demo page (docs/demo.md) — the real task pane over a workbook held in the
// page's memory, holding the sample report — served on 127.0.0.1 at a free port: from dist/ when a
// build there has demo.html, else from build/demo/, built first when needed (a trial build: the
// manifest's origin plays no part here, and dist/ — maybe a production build for a real origin — is
// never overwritten). Prints the address in Chinese and English; no browser is started.
//   --dist DIR   serve (or build into) this folder   --port N   a fixed port   --build   build even so
//   --no-open    accepted and changes nothing: no browser is ever started
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { serveFolder } = require("./lib/static-server");

const ROOT = path.resolve(__dirname, "..");
const say = (zh, en) => console.log(`${zh}\n${en}`);
const fail = (zh, en) => {
  console.error(`${zh}\n${en}`);
  process.exit(2);
};

function option(args, name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function build(dist) {
  say("正在构建演示页（约需几分钟）…", "Building the demo page (a few minutes)…");
  const r = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dist], {
    cwd: ROOT,
    env: { ...process.env, XXGK_ALLOW_PLACEHOLDER: "1" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) fail("构建失败，见上方信息。", "The build failed: see the messages above.");
}

const KNOWN = new Set(["--dist", "--port", "--build", "--no-open"]);
const TAKES_VALUE = new Set(["--dist", "--port"]);

async function main() {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (!KNOWN.has(args[i])) fail(`不认识的选项“${args[i]}”。可用：--dist 文件夹、--port 端口、--build、--no-open。`, `Unknown option "${args[i]}". Options: --dist FOLDER, --port PORT, --build, --no-open.`);
    if (TAKES_VALUE.has(args[i])) {
      if (args[i + 1] === undefined) fail(`选项 ${args[i]} 后面缺少值。`, `Option ${args[i]} needs a value.`);
      i++;
    }
  }
  const given = option(args, "--dist");
  const built = path.join(ROOT, "dist");
  const dist = given ? path.resolve(given) : fs.existsSync(path.join(built, "demo.html")) ? built : path.join(ROOT, "build", "demo");
  const portText = option(args, "--port");
  const port = portText === undefined ? 0 : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`端口“${portText}”无效：请给出 0–65535 的整数。`, `Port "${portText}" is not valid: give a whole number from 0 to 65535.`);
  if (args.includes("--build") || !fs.existsSync(path.join(dist, "demo.html"))) build(dist);
  let served;
  try {
    served = await serveFolder(dist, port);
  } catch (e) {
    fail(`无法在 127.0.0.1:${port} 上启动演示服务（${e.code || e.message}）。`, `Could not serve the demo on 127.0.0.1:${port} (${e.code || e.message}).`);
  }
  const url = `${served.origin}/demo.html`;
  say(`演示页已就绪，请在浏览器中打开：${url}`, `The demo is ready; open it in a browser: ${url}`);
  say("数据只在该页内存中，不会保存。按 Ctrl+C 停止。", "The data lives only in that page's memory and is never saved. Press Ctrl+C to stop.");
}

main();
