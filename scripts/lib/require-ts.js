// Lets plain-JS build scripts (webpack.config.js, validate-manifest.js) use the pure TypeScript
// modules in src/manifest/ without ts-node and without a prior `tsc` run: each .ts file is
// transpiled in memory with the TypeScript compiler already in devDependencies. Type checking
// of these files happens in `npm run typecheck` and jest, not here.
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const SRC_DIR = path.resolve(__dirname, "..", "..", "src");

function compileTs(module, filename) {
  const source = fs.readFileSync(filename, "utf8");
  const { outputText } = ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: true },
  });
  module._compile(outputText, filename);
}

/** Requires a module under src/ by its path without extension, e.g. "manifest/validate". */
function requireSrc(modulePath) {
  if (!require.extensions[".ts"]) require.extensions[".ts"] = compileTs;
  return require(path.join(SRC_DIR, modulePath));
}

module.exports = { requireSrc };
