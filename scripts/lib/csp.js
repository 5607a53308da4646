// The Content-Security-Policy put in both HTML pages: only our own files and the office.js origin
// may run; nothing may be fetched from anywhere else (which also blocks any telemetry beacons).
"use strict";

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/**
 * @param {{ localOfficeJs: boolean, devServerPort?: number }} options devServerPort adds the
 *   dev server's live-reload websocket (development builds only).
 */
function buildCsp({ localOfficeJs, devServerPort }) {
  const officeOrigin = localOfficeJs ? "" : ` ${new URL(OFFICE_JS_CDN).origin}`;
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

module.exports = { buildCsp, OFFICE_JS_CDN };
