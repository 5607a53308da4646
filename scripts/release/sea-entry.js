// The single-file program's main script: the CLI, with pdf.js bundled beside it and its CMaps and
// standard fonts read from the executable's own assets (build.js puts them there), so nothing is
// looked up on disk or fetched.
"use strict";
const sea = require("node:sea");
const { useBundledPdfjs } = require("../../src/import/pdf");
const { main } = require("../../src/cli/main");

// "sea:" is only a marker that these are asset keys, not paths.
const PREFIX = "sea:";

// pdf.js, on loading in Node, tries the native @napi-rs/canvas (no-canvas-loader.js takes that out:
// a single file cannot carry a native module) and says on stderr that drawing may suffer. The
// program only reads text, so those two notices are not shown to the clerk; any other warning is.
const CANVAS_NOTICE = /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill `\w+`)/;

// pdf.js's drawing code builds one identity DOMMatrix when it loads (Node has none; npm installs
// take it from @napi-rs/canvas). Reading text never draws: an identity matrix with no methods lets
// the module load, and any drawing that did reach it would fail loudly rather than draw wrongly.
class IdentityOnlyMatrix {
  constructor(init) {
    if (init !== undefined) throw new Error("DOMMatrix: only the identity is available in the single-file program");
    Object.assign(this, { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0, is2D: true, isIdentity: true });
  }
}

function loadPdfjs() {
  globalThis.DOMMatrix ??= IdentityOnlyMatrix;
  const warn = console.warn;
  console.warn = (...args) => {
    if (!(typeof args[0] === "string" && CANVAS_NOTICE.test(args[0]))) warn(...args);
  };
  try {
    return {
      pdfjs: require("pdfjs-dist/legacy/build/pdf.mjs"),
      worker: require("pdfjs-dist/legacy/build/pdf.worker.mjs"),
      resources: {
        cMapUrl: `${PREFIX}cmaps/`,
        standardFontDataUrl: `${PREFIX}standard_fonts/`,
        read: async (url) => new Uint8Array(sea.getAsset(url.slice(PREFIX.length))),
      },
    };
  } finally {
    console.warn = warn;
  }
}
useBundledPdfjs(loadPdfjs);

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
