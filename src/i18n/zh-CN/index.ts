import { CLI } from "./cli";
import { RULES } from "./rules";
import { LAYOUT } from "./layout";
import { IMPORT } from "./import";
import { EXPORT } from "./export";
import { NARRATIVE } from "./narrative";
import { EXCEL } from "./excel";
import { CHECK } from "./check";
import { PANE } from "./pane";
import { PRIOR } from "./prior";
import { IO } from "./io";

export const ZH_CN: Record<string, string> = { ...RULES, ...CLI, ...LAYOUT, ...IMPORT, ...EXPORT, ...NARRATIVE, ...EXCEL, ...CHECK, ...PANE, ...PRIOR, ...IO };
