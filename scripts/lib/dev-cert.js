// The dev server's https settings. Order of preference:
//  1. the Office dev certificate already generated in ~/.office-addin-dev-certs (read directly,
//     so the dev server never runs sudo or waits for a password prompt);
//  2. on Windows/macOS, office-addin-dev-certs' getHttpsServerOptions(), which creates and
//     trusts it (the usual desktop flow, with its own OS prompt);
//  3. otherwise webpack-dev-server's own self-signed certificate (browser shows a warning,
//     the server still starts). The server must never die for want of a certificate.
"use strict";
const { X509Certificate } = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");

function readExistingDevCert() {
  try {
    const cert = fs.readFileSync(path.join(CERT_DIR, "localhost.crt"));
    const key = fs.readFileSync(path.join(CERT_DIR, "localhost.key"));
    const ca = fs.readFileSync(path.join(CERT_DIR, "ca.crt"));
    // An expired certificate would start a server no browser accepts: regenerate instead.
    if (new Date(new X509Certificate(cert).validTo) <= new Date()) return undefined;
    return { cert, key, ca };
  } catch {
    return undefined;
  }
}

/** webpack-dev-server `server` option. */
async function devServerHttps(log = console.warn) {
  if (process.env.XXGK_DEV_CERT !== "self") {
    const existing = readExistingDevCert();
    if (existing) return { type: "https", options: existing };
    if (process.platform === "win32" || process.platform === "darwin") {
      try {
        const devCerts = require("office-addin-dev-certs");
        return { type: "https", options: await devCerts.getHttpsServerOptions() };
      } catch {
        // Its message is raw tool output (sudo, certutil…): one sentence instead, the server still starts.
        log(
          "无法创建或信任 Office 开发证书，改用自签名证书：浏览器首次打开加载项时请选择信任。 / " +
            "The Office dev certificate could not be created or trusted, so a self-signed one is used: accept it in the browser the first time."
        );
      }
    }
  }
  return { type: "https" };
}

module.exports = { devServerHttps, CERT_DIR };
