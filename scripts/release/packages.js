// Beside the programs in release/: the Excel add-in package (when an https origin is given), the WPS
// add-in's slot, and the clerk's guide as 使用说明.docx.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { guideDocx } = require("./guide-docx");

const ROOT = path.join(__dirname, "..", "..");
const DOCS = path.join(ROOT, "docs");

/** The built add-in for the origin in XXGK_ORIGIN, with office.js served from its own folder (or,
 *  with XXGK_OFFICE_JS=21vianet, from 世纪互联's CDN). */
function officeAddin(outDir, log) {
  const dir = path.join(outDir, "office-addin");
  fs.mkdirSync(dir, { recursive: true });
  const guide = () => fs.copyFileSync(path.join(DOCS, "office-addin-deploy.md"), path.join(dir, "部署说明.md"));
  if (!process.env.XXGK_ORIGIN) {
    guide();
    fs.writeFileSync(
      path.join(dir, "未构建.txt"),
      "本次发布没有给出加载项的 https 地址，所以没有构建 Excel 加载项。\n" +
        "请用贵单位将提供加载项的地址重新发布：XXGK_ORIGIN=https://服务器/路径/ npm run release\n" +
        "部署方法见同一文件夹中的 部署说明.md。\n",
    );
    log("office-addin/: no XXGK_ORIGIN, add-in not built (see 未构建.txt)");
    return;
  }
  // Local office.js unless the release is for Microsoft 365 operated by 21Vianet (世纪互联), whose
  // Centralized Deployment serves office.js from its China CDN (XXGK_OFFICE_JS=21vianet).
  const officeJs = process.env.XXGK_OFFICE_JS === "21vianet" ? "21vianet" : "local";
  log(`building the Excel add-in for ${process.env.XXGK_ORIGIN} with ${officeJs === "local" ? "a local office.js" : "office.js from 21Vianet's CDN"}`);
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] }), "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    env: { ...process.env, XXGK_OFFICE_JS: officeJs },
    stdio: ["ignore", "ignore", "inherit"],
  });
  guide(); // after the build: webpack empties its output folder first
}

/** The WPS package, when the WPS build has been made (npm run build:wps → dist-wps/). */
function wpsAddin(outDir, log) {
  const dir = path.join(outDir, "wps-addin");
  const built = path.join(ROOT, "dist-wps");
  if (fs.existsSync(built)) {
    fs.cpSync(built, dir, { recursive: true });
    log("wps-addin/: copied from dist-wps/");
    return;
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "说明.txt"), "WPS 加载项由 npm run build:wps 生成（dist-wps/），发布时复制到这里。本次发布时尚未生成。\n");
  log("wps-addin/: slot only (no dist-wps/ yet)");
}

async function buildPackages({ outDir, log }) {
  officeAddin(outDir, log);
  wpsAddin(outDir, log);
  fs.writeFileSync(path.join(outDir, "使用说明.docx"), await guideDocx(path.join(DOCS, "clerk-guide.md")));
  log("使用说明.docx from docs/clerk-guide.md");
}

module.exports = { buildPackages };
