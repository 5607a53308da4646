// Bundles the command-line program (src/, compiled here by ts-loader: never lib/, which a build may
// share with other checkouts) with everything it requires — ExcelJS, docx, JSZip and PDFium's
// JavaScript glue (its .wasm is an asset, programs.js) — into one CommonJS script for a Node.js single
// executable application, whose main script may require only Node's built-in modules.
"use strict";
const path = require("path");

module.exports = (outDir) => ({
  mode: "production",
  target: "node22",
  entry: path.join(__dirname, "sea-entry.js"),
  output: { path: outDir, filename: "xxgk.cjs", library: { type: "commonjs2" }, clean: false },
  // node:sea is newer than webpack's list of Node built-ins.
  externals: { "node:sea": "commonjs node:sea" },
  externalsPresets: { node: true },
  // The code stays readable in a bug report's stack trace, and is hardly larger unminified.
  optimization: { minimize: false, splitChunks: false, runtimeChunk: false },
  // One chunk: the script is also a worker's code (the asset xxgk.js), which can load no other chunk.
  plugins: [new (require("webpack").optimize.LimitChunkCountPlugin)({ maxChunks: 1 })],
  resolve: { extensions: [".ts", ".js", ".mjs", ".json"] },
  module: {
    rules: [
      { test: /\.ts$/, loader: "ts-loader", options: { configFile: path.join(__dirname, "..", "..", "tsconfig.cli.json"), transpileOnly: true } },
    ],
  },
  performance: { hints: false },
  node: { __dirname: false, __filename: false },
  stats: "errors-warnings",
});
