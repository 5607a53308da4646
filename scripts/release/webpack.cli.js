// Bundles the command-line program (src/, compiled here by ts-loader: never lib/, which a build may
// share with other checkouts) with everything it requires — ExcelJS, docx,
// JSZip, pdf.js and its worker — into one CommonJS script for a Node.js single executable application,
// whose main script may require only Node's built-in modules.
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
  // One chunk: pdf.js's dynamic imports stay inside the bundle.
  plugins: [new (require("webpack").optimize.LimitChunkCountPlugin)({ maxChunks: 1 })],
  resolve: { extensions: [".ts", ".js", ".mjs", ".json"] },
  module: {
    rules: [
      { test: /\.ts$/, loader: "ts-loader", options: { configFile: path.join(__dirname, "..", "..", "tsconfig.cli.json"), transpileOnly: true } },
      { test: /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf(\.worker)?\.mjs$/, loader: path.join(__dirname, "no-canvas-loader.js") },
    ],
  },
  performance: { hints: false },
  node: { __dirname: false, __filename: false },
  stats: "errors-warnings",
});
