// 汇总, the pane's side of reading one part: the file's bytes (FileReader, as 导入上年数据), decoded
// and checked by the lazily loaded chunk (consolidate-decode.ts), or one sentence saying why not.
import { t } from "../i18n";
import { checkFileSize, inputKindOf } from "../import/limits";
import type { Lang } from "../i18n";
import type { DecodedPart } from "./consolidate-decode";
import { errorSentence } from "./errors";
import { readFileBytes } from "./prior-file";

export const PARTS_ACCEPT = ".xlsx,.docx,.html,.htm,.txt";

export type PartLoad = ({ ok: true } & DecodedPart) | { ok: false; sentence: string };

export async function loadPartFile(file: File, lang: Lang): Promise<PartLoad> {
  if (!/\.(xlsx|docx|html?|txt)$/i.test(file.name)) return { ok: false, sentence: t(lang, "pane.parts.type", { file: file.name }) };
  try {
    // The CLI's limits, before a byte is read (import/limits.ts).
    checkFileSize(inputKindOf(file.name), file.size);
    const bytes = await readFileBytes(file);
    const { decodePart } = await import(/* webpackChunkName: "consolidate" */ "./consolidate-decode");
    return { ok: true, ...(await decodePart(bytes, file.name, lang)) };
  } catch (e) {
    return { ok: false, sentence: t(lang, "pane.parts.unreadable", { file: file.name, reason: errorSentence(e, lang) }) };
  }
}
