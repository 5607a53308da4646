#!/usr/bin/env node
// `npm run release`: writes release/ — the single-file programs, the offline add-in packages and the
// clerk's guide — with SHA256SUMS, and prints the size of each file.
//   --only linux-x64,win-x64   build only these programs (the test builds linux-x64 alone)
//   --programs-only            skip the add-in packages and the guide
//   --out DIR                  instead of release/
// The Node binaries come from the npm registry (npm pack) and are cached in .cache/release-node/.
"use strict";
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { buildPrograms, TARGETS } = require("./programs");

const ROOT = path.join(__dirname, "..", "..");

function options(argv) {
  const o = { targets: Object.keys(TARGETS), programsOnly: false, out: path.join(ROOT, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--only") o.targets = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (a === "--programs-only") o.programsOnly = true;
    else if (a === "--out") o.out = path.resolve(argv[++i] ?? "");
    else throw new Error(`unknown option ${a}`);
  }
  const bad = o.targets.filter((t) => !TARGETS[t]);
  if (bad.length || o.targets.length === 0) throw new Error(`--only takes ${Object.keys(TARGETS).join(", ")}`);
  return o;
}

function filesUnder(dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** SHA256SUMS in the format `sha256sum -c` reads; returns the files with their sizes. */
function writeSums(outDir) {
  const files = filesUnder(outDir)
    .filter((f) => path.basename(f) !== "SHA256SUMS")
    .sort();
  const lines = files.map((f) => `${createHash("sha256").update(fs.readFileSync(f)).digest("hex")}  ${path.relative(outDir, f).split(path.sep).join("/")}`);
  fs.writeFileSync(path.join(outDir, "SHA256SUMS"), `${lines.join("\n")}\n`);
  return files.map((f) => ({ file: path.relative(outDir, f), bytes: fs.statSync(f).size }));
}

const mb = (n) => `${(n / 1024 / 1024).toFixed(1)} MB`;

async function release(argv) {
  const o = options(argv);
  const log = (s) => console.log(`release: ${s}`);
  fs.rmSync(o.out, { recursive: true, force: true });
  fs.mkdirSync(o.out, { recursive: true });
  await buildPrograms({ outDir: o.out, cacheDir: path.join(ROOT, ".cache", "release-node"), targets: o.targets, log });
  if (!o.programsOnly) await require("./packages").buildPackages({ outDir: o.out, log });
  // One line per program, per folder (its total) and per document.
  const totals = new Map();
  for (const s of writeSums(o.out)) {
    const top = s.file.split(path.sep)[0] + (s.file.includes(path.sep) ? "/" : "");
    totals.set(top, (totals.get(top) ?? 0) + s.bytes);
  }
  const width = Math.max(...[...totals.keys()].map((k) => k.length));
  for (const [name, bytes] of totals) console.log(`${name.padEnd(width)}  ${mb(bytes).padStart(9)}`);
  log(`written to ${path.relative(process.cwd(), o.out) || "."}`);
}

release(process.argv.slice(2)).catch((e) => {
  console.error(`release failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
