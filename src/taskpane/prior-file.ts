// 导入上年数据, the pane's side: the chosen file's bytes (FileReader: Office 2019's EdgeHTML has no
// Blob.arrayBuffer), decoded by a lazily loaded chunk (prior-decode.ts), or one sentence saying why
// not. A workbook (.xlsx) is not decoded in the pane: reading it needs ExcelJS, whose browser build is
// about 250 KB gzip and calls Function(...) and new Function(...), which the pane's CSP (no
// 'unsafe-eval') blocks — unproven in Office's WebViews either way. Instead the clerk exports last
// year's workbook as text from its own pane (导出 → 纯文本) and imports that, copies the figures, or
// uses `xxgk template --prior` on the command line, which reads .xlsx.
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { isUserError, userSentence } from "../i18n/user-error";
import { checkFileSize, inputKindOf } from "../import/limits";
import type { PriorImport } from "../model/prior-import";

export type PriorLoad = { ok: true; fileName: string; found: PriorImport } | { ok: false; fileName: string; sentence: string };

/** A File's bytes through FileReader. */
export function readFileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** The sentence an error of ours carries (a UserError: an i18n id), if any. */
function reasonOf(e: unknown, lang: Lang): string | null {
  return isUserError(e) ? userSentence(e, lang) : null;
}

export async function loadPriorFile(file: File, year: number | null, format: FormatId, lang: Lang): Promise<PriorLoad> {
  const fileName = file.name;
  if (/\.(xlsx|xlsm|xls|et)$/i.test(fileName)) return { ok: false, fileName, sentence: t(lang, "pane.prior.xlsx", { file: fileName }) };
  try {
    checkFileSize(inputKindOf(fileName), file.size); // the CLI's limits, before a byte is read
    const bytes = await readFileBytes(file);
    const { decodePriorFile } = await import(/* webpackChunkName: "prior-import" */ "./prior-decode");
    const found = await decodePriorFile(bytes, fileName, year, format);
    if (Object.keys(found.prior.cells).length === 0) return { ok: false, fileName, sentence: t(lang, "pane.prior.nothing", { file: fileName }) };
    return { ok: true, fileName, found };
  } catch (e) {
    const reason = reasonOf(e, lang);
    return { ok: false, fileName, sentence: reason ? t(lang, "pane.prior.unreadableBecause", { file: fileName, reason }) : t(lang, "pane.prior.unreadable", { file: fileName }) };
  }
}
