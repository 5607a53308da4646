// Every message table of this language, one line each (so that a new table is a one-line change).
import { CLI } from "./cli";
import { RULES } from "./rules";
import { LAYOUT } from "./layout";
import { IMPORT } from "./import";
import { EXPORT } from "./export";
import { NARRATIVE } from "./narrative";
import { EXCEL } from "./excel";
import { CHECK } from "./check";
import { PANE } from "./pane";
import { PANE_TOOLS } from "./pane-tools";
import { PRIOR } from "./prior";
import { DRAFT } from "./draft";
import { YOY } from "./yoy";
import { CONSOLIDATE } from "./consolidate";
import { PDF } from "./pdf";
import { SELFTEST } from "./selftest";
import { IO } from "./io";
import { WEBVIEW } from "./webview";
import { RELIABILITY } from "./reliability";
import { RULE_CATALOGUE } from "./rule-catalogue";
import { BATCH } from "./batch";
import { OCR } from "./ocr";

export const EN_US: Record<string, string> = {
  ...RULES,
  ...CLI,
  ...LAYOUT,
  ...IMPORT,
  ...EXPORT,
  ...NARRATIVE,
  ...EXCEL,
  ...CHECK,
  ...PANE,
  ...PANE_TOOLS,
  ...PRIOR,
  ...DRAFT,
  ...YOY,
  ...CONSOLIDATE,
  ...PDF,
  ...SELFTEST,
  ...IO,
  ...WEBVIEW,
  ...RELIABILITY,
  ...RULE_CATALOGUE,
  ...BATCH,
  ...OCR,
};
