// The single-file program's main script: the CLI. PDFs are read with PDFium, whose CMaps are compiled
// into its WebAssembly; the .wasm is the executable's asset "pdfium.wasm" (pdf-pdfium.ts loads it from
// there), so nothing is looked up on disk or fetched. A folder check's worker threads run this same
// bundle, from the asset "xxgk.js" (batch-workers.ts): main() then only serves files.
"use strict";
const { main } = require("../../src/cli/main");

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
