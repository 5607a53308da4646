#!/usr/bin/env node
// `npm start`: on Windows and macOS, sideload into desktop Excel with office-addin-debugging
// (it starts the dev server too). On Linux (or with `npm start -- --web` anywhere), serve
// https://localhost:3000/ and print how to sideload into Excel on the web or from a shared-folder
// catalog. The server must come up even when the dev certificate cannot be trusted.
"use strict";
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const https = require("https");
const path = require("path");
const { ensureUsageDataOff } = require("./lib/no-telemetry");
const { CERT_DIR } = require("./lib/dev-cert");
const { PID_FILE } = require("./lib/pid-file");
const { DEV_HOST, DEV_PORT: PORT } = require("./lib/dev-port");
const { portIsFree, portBusyMessage } = require("./lib/port-check");
const { certFailureReason } = require("./lib/cert-failure");

const ROOT = path.resolve(__dirname, "..");
const PANE_URL = `https://${DEV_HOST}:${PORT}/taskpane.html`;
const CERT_INSTALL_TIMEOUT_MS = 25000;
const SERVE_TIMEOUT_MS = 60000;

const bin = (name) => path.join(ROOT, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const say = (zh, en) => console.log(`${zh}\n${en}`);

function startDesktop() {
  const child = spawn(
    bin("office-addin-debugging"),
    ["start", "manifest.xml", "desktop", "--app", "excel", "--dev-server", "npm run dev-server", "--dev-server-port", String(PORT)],
    { cwd: ROOT, stdio: "inherit", shell: process.platform === "win32" }
  );
  child.on("exit", (code) => process.exit(code ?? 1));
}

function tryInstallDevCert() {
  say("正在安装 Office 开发证书（可能需要管理员权限）……", "Installing the Office dev certificate (may need administrator rights)...");
  const result = spawnSync(process.execPath, [path.join(__dirname, "lib", "install-dev-cert.js")], {
    cwd: ROOT,
    stdio: ["inherit", "pipe", "pipe"],
    timeout: CERT_INSTALL_TIMEOUT_MS,
    encoding: "utf8",
  });
  if (result.status === 0) {
    say("开发证书已受信任。", "The dev certificate is trusted.");
    return;
  }
  const reason = certFailureReason(result);
  const generated = fs.existsSync(path.join(CERT_DIR, "localhost.crt"));
  say(
    `未能把开发证书加入系统信任（${reason.zh}）：` +
      `继续使用${generated ? ` ${CERT_DIR} 中生成的证书` : "自签名证书"}提供服务；浏览器首次打开 ${PANE_URL} 时请选择信任，` +
      `或把 ${path.join(CERT_DIR, "ca.crt")} 导入浏览器的受信任根证书。`,
    `Could not add the dev certificate to the system trust store (${reason.en}): ` +
      `serving with the ${generated ? `generated certificate in ${CERT_DIR}` : "self-signed certificate"} instead; accept it in the browser ` +
      `the first time you open ${PANE_URL}, or import ${path.join(CERT_DIR, "ca.crt")} as a trusted root in the browser.`
  );
}

function waitForServer(deadline) {
  return new Promise((resolve) => {
    const attempt = () => {
      const req = https.get(PANE_URL, { rejectUnauthorized: false, timeout: 2000 }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on("error", () => (Date.now() > deadline ? resolve(false) : setTimeout(attempt, 500)));
      req.on("timeout", () => req.destroy());
    };
    attempt();
  });
}

function printSideloadHelp() {
  const manifest = path.join(ROOT, "manifest.xml");
  say(
    [
      "",
      `加载项已在 ${PANE_URL} 提供服务。`,
      "在 Excel 网页版中旁加载：打开一个工作簿 → “开始”选项卡 → “加载项” → “更多加载项”（或“获取加载项”）→ “我的加载项” →",
      `  “上传我的加载项” → 选择 ${manifest} → “上传”。功能区“开始”选项卡会出现“政务公开年报”组。`,
      "通过共享文件夹目录旁加载（Windows 版 Excel）：把 manifest.xml 放进一个共享文件夹 →",
      "  Excel “文件” → “选项” → “信任中心” → “信任中心设置” → “受信任的加载项目录” → 填入 \\\\计算机名\\共享名 → “添加目录”，",
      "  勾选“显示在菜单中” → 重启 Excel → “开始” → “加载项” → “更多加载项” → “共享文件夹” → 选择“政务公开年报助手”。",
      "停止：按 Ctrl+C，或在另一个终端运行 npm run stop。",
    ].join("\n"),
    [
      "",
      `The add-in is being served at ${PANE_URL}.`,
      "Sideload in Excel on the web: open a workbook → Home → Add-ins → More Add-ins (or Get Add-ins) → My Add-ins →",
      `  Upload My Add-in → choose ${manifest} → Upload. The Home tab shows a "Disclosure Report" group.`,
      "Sideload from a shared-folder catalog (Excel on Windows): put manifest.xml in a shared folder →",
      "  File → Options → Trust Center → Trust Center Settings → Trusted Add-in Catalogs → enter \\\\machine\\share → Add catalog,",
      "  tick Show in Menu → restart Excel → Home → Add-ins → More Add-ins → SHARED FOLDER → choose the add-in.",
      "Stop: press Ctrl+C, or run npm run stop in another terminal.",
    ].join("\n")
  );
}

async function startWeb() {
  if (process.env.XXGK_SKIP_CERT_INSTALL !== "1") tryInstallDevCert();
  const server = spawn(process.execPath, [path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "serve", "--mode", "development"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  const forward = (signal) => () => server.kill(signal);
  process.on("SIGINT", forward("SIGINT"));
  process.on("SIGTERM", forward("SIGTERM"));
  server.on("exit", (code, signal) => {
    fs.rmSync(PID_FILE, { force: true });
    process.exit(code ?? (signal ? 0 : 1));
  });
  if (await waitForServer(Date.now() + SERVE_TIMEOUT_MS)) printSideloadHelp();
  else say(`开发服务器在 ${SERVE_TIMEOUT_MS / 1000} 秒内未响应，请查看上面的输出。`, `The dev server did not answer within ${SERVE_TIMEOUT_MS / 1000} s; see the output above.`);
}

async function main() {
  if (!(await portIsFree(PORT, DEV_HOST))) {
    console.error(portBusyMessage(PORT));
    process.exit(1);
  }
  ensureUsageDataOff();
  const web = process.argv.includes("--web") || !["win32", "darwin"].includes(process.platform);
  if (web) await startWeb();
  else startDesktop();
}

main();
