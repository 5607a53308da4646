// Builds the task pane and the ribbon-command function file into dist/, copies the icons and the
// manifest, and in production points the manifest at the hosting origin. See README
// "生产构建 / Production build" for XXGK_ORIGIN and XXGK_OFFICE_JS.
"use strict";
const path = require("path");
const { createHash } = require("crypto");
const fs = require("fs");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { requireSrc } = require("./scripts/lib/require-ts");
const { devServerHttps } = require("./scripts/lib/dev-cert");
const { rewriteOrigin, chooseProductionOrigin } = requireSrc("manifest/origin");
const { validateManifest } = requireSrc("manifest/validate");
const { buildCsp, officeJsMode, officeJsSrc } = require("./scripts/lib/csp");
const { babelOptions } = require("./scripts/lib/babel-es5");
const { compatCss } = require("./scripts/lib/css-compat");
const pkg = require("./package.json");

const { DEV_PORT, DEV_HOST } = require("./scripts/lib/dev-port");

// The pane's stylesheet is a plain file copied under a content-hashed name and linked from the HTML
// (no style-loader: CSP style-src 'self' forbids the inline <style> it would inject).
// What is shipped is compatCss(source): no custom properties, no flex gap (scripts/lib/css-compat.js).
const PANE_CSS = "src/taskpane/taskpane.css";
const paneCss = () => compatCss(fs.readFileSync(path.join(__dirname, PANE_CSS), "utf8"));
function paneCssName() {
  const hash = createHash("sha256").update(paneCss()).digest("hex").slice(0, 20);
  return `taskpane.${hash}.css`;
}

/**
 * Where dist/ will be served from in production. Without a real https origin the build stops with
 * one sentence and no webpack stack (XXGK_ALLOW_PLACEHOLDER=1 or `--env allow-placeholder` for a trial build).
 */
function productionOrigin(env) {
  const choice = chooseProductionOrigin({
    configured: process.env.XXGK_ORIGIN || (pkg.config && pkg.config.prodOrigin),
    allowPlaceholder: process.env.XXGK_ALLOW_PLACEHOLDER === "1" || Boolean(env && env["allow-placeholder"]),
  });
  if (!choice.ok) {
    console.error(choice.message);
    process.exit(1);
  }
  return choice;
}

/** Fails the compilation when the emitted production manifest still names localhost or is invalid. */
class ProductionManifestCheck {
  constructor(allowPlaceholder) {
    this.allowPlaceholder = allowPlaceholder;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("ProductionManifestCheck", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "ProductionManifestCheck", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          const asset = assets["manifest.xml"];
          if (!asset) {
            compilation.errors.push(new compiler.webpack.WebpackError("dist/manifest.xml was not emitted"));
            return;
          }
          const xml = asset.source().toString();
          const problems = validateManifest(xml, { production: true, allowPlaceholder: this.allowPlaceholder });
          if (/localhost/i.test(xml) && !problems.some((p) => p.code === "localhost")) {
            problems.push({ code: "localhost", message: "生产清单中仍含 localhost / localhost remains in the production manifest" });
          }
          for (const p of problems) {
            compilation.errors.push(new compiler.webpack.WebpackError(`dist/manifest.xml${p.line ? `:${p.line}` : ""}: [${p.code}] ${p.message}`));
          }
        }
      );
    });
  }
}

module.exports = async (env, argv) => {
  const production = argv.mode === "production";
  // XXGK_OFFICE_JS: "local" ships office.js beside the pages, "21vianet" loads it from 世纪互联's CDN,
  // empty from Microsoft's CDN (docs/office-addin-deploy.md).
  const mode = officeJsMode(process.env.XXGK_OFFICE_JS);
  if (mode instanceof Error) {
    console.error(mode.message);
    process.exit(1);
  }
  const localOfficeJs = mode === "local";
  const serving = process.env.WEBPACK_SERVE === "true";
  const officeJs = officeJsSrc(mode);
  const csp = buildCsp({ officeJs: mode, devServerPort: production ? undefined : DEV_PORT });
  const chosen = production ? productionOrigin(env) : undefined;
  const origin = chosen && chosen.origin;

  const stylesheet = paneCssName();
  const copyPatterns = [
    { from: "assets/*.png", to: "assets/[name][ext]" },
    { from: PANE_CSS, to: stylesheet, transform: () => paneCss() },
    // The demo page's grid (dist/demo.html): its own small stylesheet, beside the pane's.
    { from: "src/demo/demo.css", to: "demo.css", transform: (content) => compatCss(content.toString()) },
    {
      from: "manifest.xml",
      to: "manifest.xml",
      transform: (content) => (origin ? rewriteOrigin(content.toString(), origin) : content),
    },
  ];
  if (localOfficeJs) {
    // Microsoft's files are shipped as published: marked minimized so Terser does not spend
    // minutes re-minifying thousands of already-minified scripts.
    copyPatterns.push({ from: "node_modules/@microsoft/office-js/dist", to: "office-js", info: { minimized: true } });
  }

  const page = (name) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name}/${name}.html`,
      chunks: [name],
      officeJs,
      csp,
      stylesheet,
      // The CSP forbids inline script, so bundles are loaded from files, never inlined.
      inject: "body",
      scriptLoading: "blocking",
    });

  return {
    mode: production ? "production" : "development",
    // eval-based source maps would need 'unsafe-eval' in the CSP.
    devtool: production ? false : "source-map",
    // Office 2016/2019 volume-licensed run add-ins in Trident (IE11, ES5 only): webpack's own runtime
    // must be ES5 too, as Babel makes ours and the libraries' (scripts/lib/babel-es5.js).
    target: ["web", "es5"],
    entry: {
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      // Excel for Mac's Word export is saved by this page in the system browser (src/taskpane/browser-save.ts).
      save: "./src/save/save.ts",
      // The demo (docs/demo.md): the real pane over an in-memory workbook, no office.js. Its own
      // entry, so the grid and the in-memory host never enter the pane's bundles.
      demo: "./src/demo/demo.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash].js",
      // Lazily loaded parts (the export code and the docx library) get their own hashed files.
      chunkFilename: "[name].[contenthash].chunk.js",
      clean: true,
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
          // Libraries ship ES2015+ (docx, jszip's dependencies): lowered to ES5 too (cached in
          // node_modules/.cache/babel-loader: docx alone takes a minute). core-js is what the
          // polyfills are made of (Babel must not inject core-js into core-js), @babel/runtime the helpers.
          test: /\.m?js$/,
          include: /node_modules/,
          exclude: /node_modules[\\/](core-js|webpack|@babel[\\/]runtime)[\\/]/,
          use: { loader: "babel-loader", options: { ...babelOptions(), cacheDirectory: true } },
        },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: [
           { loader: "babel-loader", options: { ...babelOptions(), cacheDirectory: true } },
           {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              // Type errors fail the build; only files actually bundled are type-checked here
              // (the rest of the tree is checked by `npm run typecheck`).
              transpileOnly: false,
              onlyCompileBundledFiles: true,
              // ES modules for webpack: import() then becomes a separate chunk (CommonJS
              // output would turn it into a require() and bundle docx into the pane).
              compilerOptions: { target: "ES2017", module: "es2020", sourceMap: !production, noEmit: false },
            },
           },
          ],
        },
        {
          // parse5 (HTML pages, in the lazily loaded import chunks) ships ES2018 (object spread):
          // brought down to the pane's target like our own code, so old webviews can parse the chunk.
          test: /\.js$/,
          include: /node_modules[\\/](parse5|entities)[\\/]/,
          use: {
            loader: "ts-loader",
            options: {
              instance: "vendor-js",
              configFile: path.resolve(__dirname, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { allowJs: true, target: "ES2017", module: "es2020", sourceMap: false, noEmit: false },
            },
          },
        },
      ],
    },
    plugins: [
      page("taskpane"),
      page("commands"),
      page("save"),
      page("demo"),
      new CopyWebpackPlugin({ patterns: copyPatterns }),
      ...(production ? [new ProductionManifestCheck(chosen.placeholder)] : []),
    ],
    performance: { hints: false },
    devServer: serving
      ? {
          // Only this machine: Office (desktop or on the web, in this machine's browser) loads the pane
          // from https://localhost:3000/. Pages and scripts load without CORS, so no
          // Access-Control-Allow-Origin header is sent.
          host: DEV_HOST,
          // Requests must name localhost (no DNS rebinding); naming it also lets Excel on the web (another
          // site) load the ribbon icons, which webpack-dev-server otherwise refuses as cross-site (403).
          allowedHosts: [DEV_HOST],
          port: DEV_PORT,
          server: await devServerHttps(),
          client: { overlay: false },
          // The pane has no other static files; everything is served from webpack's memory.
          static: false,
        }
      : undefined,
  };
};
