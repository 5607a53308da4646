// Builds the WPS 表格 add-in (WPS 加载项) into dist-wps/: the offline package folder
// xxgk_<version>/ (index.html + ribbon.xml that WPS loads, the task pane without office.js, the
// icons), a publish.xml holding our entry, the install/uninstall scripts for Windows and Linux, and
// the jsplugins.xml / oem.ini recipe for IT. Scripts target ES2020 (WPS's task pane is CEF Chrome 87).
// `npm run build:wps`; see docs/wps.md.
"use strict";
const path = require("path");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { requireSrc } = require("./scripts/lib/require-ts");
const pkg = require("./package.json");

const NAME = "xxgk";
const FOLDER = `${NAME}_${pkg.version}`;
const OUT = path.resolve(__dirname, "dist-wps");
// webpack writes into the package folder (so lazy chunks load from beside the page that asked);
// the side files go one level up, beside it.

// file:// pages: 'self' alone is not reliable for the file scheme in every Chromium, so file: is
// named too. connect-src 'none': the add-in fetches nothing (no network at run time, no telemetry).
const CSP = [
  "default-src 'self' file:",
  "script-src 'self' file:",
  "style-src 'self' file:",
  "img-src 'self' file: data:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join("; ");

const paneTemplate = () =>
  fs
    .readFileSync(path.join(__dirname, "src/taskpane/taskpane.html"), "utf8")
    .replace(/\s*<script src="<%= htmlWebpackPlugin\.options\.officeJs %>"><\/script>/, "")
    .replace("<%= htmlWebpackPlugin.options.csp %>", CSP)
    .replace("<%= htmlWebpackPlugin.options.stylesheet %>", "taskpane.css");

const indexHtml = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="${CSP}" />
    <title>政务公开年报助手</title>
  </head>
  <body></body>
</html>
`;

/** Emits ribbon.xml and the package's side files, generated from src/ at build time. */
class WpsPackage {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WpsPackage", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "WpsPackage", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { ribbonXml } = requireSrc("wps/ribbon-xml");
        const { publishEntry, jspluginsXml, oemIni } = require("./scripts/wps/package-files");
        const { RawSource } = compiler.webpack.sources;
        const add = (name, text) => compilation.emitAsset(name, new RawSource(text));
        add("ribbon.xml", ribbonXml());
        add("../publish.xml", `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n  ${publishEntry(NAME, pkg.version)}\n</jsplugins>\n`);
        add("../jsplugins.xml", jspluginsXml(NAME, pkg.version));
        add("../oem.ini.example", oemIni());
        const merge = fs.readFileSync(path.join(__dirname, "scripts/wps/publish-merge.js"), "utf8");
        const fill = (text) => text.split("@NAME@").join(NAME).split("@VERSION@").join(pkg.version).split("@FOLDER@").join(FOLDER);
        add("../install.sh", fill(fs.readFileSync(path.join(__dirname, "scripts/wps/install.sh"), "utf8")));
        add("../uninstall.sh", fill(fs.readFileSync(path.join(__dirname, "scripts/wps/uninstall.sh"), "utf8")));
        for (const action of ["install", "uninstall"]) {
          // Windows: a .cmd that runs our JScript through Windows Script Host (on every Windows; no PowerShell policy to fight).
          add(`../${action}.cmd`, fill(fs.readFileSync(path.join(__dirname, "scripts/wps/run-wsh.cmd"), "utf8")).split("@ACTION@").join(action).replace(/\r?\n/g, "\r\n"));
        }
        add("../wps-install.js", fill(`${merge}\n${fs.readFileSync(path.join(__dirname, "scripts/wps/install-wsh.js"), "utf8")}`));
      });
    });
  }
}

module.exports = (_env, argv) => {
  fs.rmSync(OUT, { recursive: true, force: true });
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    devtool: false,
    // WPS's task pane is CEF Chrome 87: ES2020 syntax at most.
    target: ["web", "es2020"],
    entry: {
      ribbon: "./src/wps/ribbon-main.ts",
      taskpane: "./src/wps/pane-main.ts",
    },
    output: {
      path: path.join(OUT, FOLDER),
      filename: "[name].[contenthash].js",
      chunkFilename: "[name].[contenthash].chunk.js",
    },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          // The pane carries no command-line text (scripts/lib/strip-cli-messages.js).
          test: /src[\\/]i18n[\\/](zh-CN|en-US)[\\/][^\\/]+\.ts$/,
          enforce: "pre",
          use: path.resolve(__dirname, "scripts/lib/strip-cli-messages.js"),
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: false,
              onlyCompileBundledFiles: true,
              compilerOptions: { target: "ES2020", module: "es2020", sourceMap: false, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      new HtmlWebpackPlugin({ filename: "index.html", templateContent: indexHtml, chunks: ["ribbon"], inject: "body", scriptLoading: "blocking" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", templateContent: paneTemplate(), chunks: ["taskpane"], inject: "body", scriptLoading: "blocking" }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
        ],
      }),
      new WpsPackage(),
    ],
    performance: { hints: false },
  };
};
