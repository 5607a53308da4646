// The Content-Security-Policy put in both HTML pages: only our own files and the office.js origin
// may run; nothing may be fetched from anywhere else (which also blocks any telemetry beacons).
"use strict";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
// Microsoft 365 operated by 21Vianet (世纪互联) serves office.js from its own China CDN; its Office
// clients cannot be assumed to reach appsforoffice.microsoft.com, so the pane loads this copy instead.
const OFFICE_JS_21VIANET = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

/** Where the pages load office.js from, by XXGK_OFFICE_JS: "local" (a copy beside the pages),
 *  "21vianet" (世纪互联's CDN) or empty (Microsoft's CDN). Anything else is a typo: refused. */
const OFFICE_JS_MODES = { "": OFFICE_JS_CDN, cdn: OFFICE_JS_CDN, local: "office-js/office.js", "21vianet": OFFICE_JS_21VIANET };

/** The office.js mode named by the XXGK_OFFICE_JS value, or an Error naming the allowed values. */
function officeJsMode(value) {
  const mode = (value || "").trim().toLowerCase();
  if (!Object.prototype.hasOwnProperty.call(OFFICE_JS_MODES, mode)) {
    return new Error(`XXGK_OFFICE_JS=${value} 无法识别，可用的值：local、21vianet 或留空（微软 CDN） / unknown XXGK_OFFICE_JS=${value}: use local, 21vianet or leave it empty (Microsoft's CDN)`);
  }
  return mode === "cdn" ? "" : mode;
}

/** The script src of office.js in the pages for a mode of officeJsMode(). */
const officeJsSrc = (mode) => OFFICE_JS_MODES[mode];

/**
 * @param {{ localOfficeJs?: boolean, officeJs?: string, devServerPort?: number }} options officeJs is a
 *   mode of officeJsMode() (localOfficeJs: true is the same as "local"); devServerPort adds the dev
 *   server's live-reload websocket (development builds only).
 */
function buildCsp({ localOfficeJs, officeJs, devServerPort }) {
  const mode = localOfficeJs ? "local" : officeJs || "";
  const officeOrigin = mode === "local" ? "" : ` ${new URL(officeJsSrc(mode)).origin}`;
  const devSocket = devServerPort ? ` wss://localhost:${devServerPort}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${officeOrigin}`,
    `connect-src 'self'${devSocket}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = { buildCsp, officeJsMode, officeJsSrc, OFFICE_JS_CDN, OFFICE_JS_21VIANET };
