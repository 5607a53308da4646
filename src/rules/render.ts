// Turns a finding's message reference into a sentence in the chosen language.
import { cellInfos, getFormat, isFormatId } from "../format";
import type { FormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { cellLabel } from "./cell-label";
import type { Finding, MessageRef } from "./types";

export function renderMessage(msg: MessageRef, format: FormatId, lang: Lang): string {
  const f = getFormat(format);
  const params: Record<string, string | number> = { ...msg.params };
  for (const [name, v] of Object.entries(msg.params)) {
    if (typeof v !== "string") continue;
    if (name === "cell" && cellInfos(f).has(v)) params[name] = cellLabel(f, v, lang);
    else if (name === "table" && /^t[234]$/.test(v)) params[name] = t(lang, `table.${v}`);
    else if ((name === "expected" || name === "actual") && isFormatId(v)) params[name] = t(lang, `format.${v}`);
  }
  if (typeof msg.params.what === "string") params.what = t(lang, msg.params.what, params);
  // Import problems name a table and a row's statutory label; the frame is the reader's language.
  if (typeof params.table === "string" && msg.params.where === undefined) {
    params.where = msg.params.label === undefined ? params.table : t(lang, "import.where", { table: params.table, label: msg.params.label });
  }
  const notes = (msg.notes ?? []).map((n) => t(lang, n, params)).join("");
  const text = t(lang, msg.id, params);
  // Notes go inside the sentence, before its final stop.
  return notes ? text.replace(/([。.])$/, `${notes}$1`) : text;
}

export function renderFinding(finding: Finding, format: FormatId, lang: Lang): string {
  return renderMessage(finding.msg, format, lang);
}
