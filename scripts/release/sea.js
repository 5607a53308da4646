// Node.js single executable applications (https://nodejs.org/api/single-executable-applications.html):
// one preparation blob holding the bundled CLI and its assets (PDFium's .wasm, the bundle for worker
// threads), injected into each target's Node binary with postject.
"use strict";
const { execFileSync } = require("child_process");
const fs = require("fs");
const path = require("path");

// The fuse Node's binaries carry; postject flips it so the binary looks for the blob at start.
const SEA_FUSE = "NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2";

/**
 * Writes the preparation blob with `node` (which must be the same Node version as the binaries it will
 * be injected into). No code cache and no snapshot: both are specific to the platform that makes them,
 * and one blob serves Linux x64, Linux arm64 and Windows.
 */
function makeBlob({ node, mainScript, assets, workDir }) {
  const blob = path.join(workDir, "sea-prep.blob");
  const config = path.join(workDir, "sea-config.json");
  fs.writeFileSync(
    config,
    JSON.stringify({ main: mainScript, output: blob, disableExperimentalSEAWarning: true, useSnapshot: false, useCodeCache: false, assets }, null, 1),
  );
  execFileSync(node, ["--experimental-sea-config", config], { stdio: ["ignore", "ignore", "inherit"] });
  return blob;
}

/** Copies `nodeBinary` to `out` and injects the blob. */
async function injectBlob({ nodeBinary, blob, out }) {
  const { inject } = require("postject");
  fs.copyFileSync(nodeBinary, out);
  fs.chmodSync(out, 0o755);
  await inject(out, "NODE_SEA_BLOB", fs.readFileSync(blob), { sentinelFuse: SEA_FUSE, overwrite: true });
}

module.exports = { SEA_FUSE, makeBlob, injectBlob };
