#!/usr/bin/env node
// `npm run validate [-- --production] [FILE]`: offline manifest checks (src/manifest/validate.ts).
// Default file: manifest.xml; with --production the default is dist/manifest.xml and localhost
// is forbidden. Exit 0 when valid, 1 when problems were found, 2 when the file cannot be read.
"use strict";
const fs = require("fs");
const path = require("path");
const { requireSrc } = require("./lib/require-ts");
const { validateManifest } = requireSrc("manifest/validate");

const args = process.argv.slice(2);
const production = args.includes("--production");
const file = args.find((a) => !a.startsWith("--")) ?? (production ? "dist/manifest.xml" : "manifest.xml");

let xml;
try {
  xml = fs.readFileSync(file, "utf8");
} catch (e) {
  console.error(`无法读取清单文件 / Cannot read manifest: ${file} (${e.code ?? e.message})`);
  process.exit(2);
}

const problems = validateManifest(xml, { production });
const shown = path.relative(process.cwd(), path.resolve(file));
if (problems.length === 0) {
  console.log(`清单有效 / Manifest is valid: ${shown}${production ? "（生产 / production）" : ""}`);
} else {
  for (const p of problems) console.error(`${shown}${p.line ? `:${p.line}` : ""}: [${p.code}] ${p.message}`);
  console.error(`共 ${problems.length} 个问题 / ${problems.length} problem(s)`);
  process.exitCode = 1;
}
