// A webpack loader for pdf.js in the single-file program. pdf.js's Node code requires the optional
// native @napi-rs/canvas through a require made from import.meta.url, which webpack fixes at bundle
// time to the build machine's path: the program would load a native module from the builder's
// node_modules when it happens to run there, and look for it at a meaningless path anywhere else.
// Text reading needs no canvas: the require becomes a throw (pdf.js already handles one), and
// import.meta.url a neutral name, so no path of the build machine is left in the program.
"use strict";
const CANVAS_REQUIRE = 'require("@napi-rs/canvas")';
const NEUTRAL_URL = JSON.stringify("file:///xxgk-single-file-program/pdfjs.mjs");

module.exports = function noCanvas(source) {
  const isMain = /[\\/]pdf\.mjs$/.test(this.resourcePath);
  if (isMain && !source.includes(CANVAS_REQUIRE)) {
    // A newer pdf.js loads it differently: look again rather than ship the builder's path.
    throw new Error(`no-canvas-loader: ${CANVAS_REQUIRE} not found in ${this.resourcePath}`);
  }
  return source
    .split(CANVAS_REQUIRE)
    .join('(() => { throw new Error("no native canvas in the single-file program"); })()')
    .split("import.meta.url")
    .join(NEUTRAL_URL);
};
