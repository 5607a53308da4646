// Why trusting the Office dev certificate failed, as a short bilingual clause for start.js's one
// sentence: office-addin-dev-certs fails with raw English tool output (sudo, certutil, errno text),
// which is classified here instead of shown.
"use strict";

/**
 * @param {{ status: number | null, signal?: string | null, error?: Error & { code?: string }, stderr?: string }} result
 *   the spawnSync result of scripts/lib/install-dev-cert.js
 * @returns {{ zh: string, en: string }}
 */
function certFailureReason(result) {
  const text = `${result.stderr || ""} ${(result.error && result.error.message) || ""}`;
  if ((result.error && result.error.code === "ETIMEDOUT") || result.signal) {
    return { zh: "等待管理员密码超时", en: "timed out waiting for an administrator password" };
  }
  if (/sudo|permission|EACCES|EPERM|password|administrator|denied/i.test(text)) {
    return { zh: "需要管理员权限（sudo）", en: "administrator rights (sudo) are needed" };
  }
  if (/ENOENT|not found|certutil|update-ca-certificates|security/i.test(text)) {
    return { zh: "系统没有可用的证书工具或证书库", en: "the system has no certificate tool or store to add it to" };
  }
  return {
    zh: "原因不明，可运行 npx office-addin-dev-certs install 查看详情",
    en: "reason unknown; run npx office-addin-dev-certs install for details",
  };
}

module.exports = { certFailureReason };
