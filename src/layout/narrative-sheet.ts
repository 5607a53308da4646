// The narrative sheet: the report's title, the opening paragraph, 一 (its intro and one part per
// sub-head), pointers to the table sheets for 二–四, then 五 and 六 (with the 信息处理费 prompt).
// Each part is one tall wrapped cell, so the sheet prints as a readable draft.
import type { FormatSpec, NarrativeSectionId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { INTRO_PART, NAME, SHEET, textName } from "./names";
import { SheetBuilder } from "./sheet-builder";
import type { NamePlan, SheetPlan } from "./types";

const WIDTH = 78; // fits A4 portrait in LibreOffice and Excel without relying on fit-to-page
const TABLE_SHEETS = { t2: SHEET.t2, t3: SHEET.t3, t4: SHEET.t4 } as const;

export function reportTitle(f: FormatSpec, year: number | null, agency: string | null, lang: Lang): string {
  const y = year === null ? t(lang, "layout.narrative.titleNoYear") : `${year}年`;
  return `${agency ?? ""}${y}${f.titleSuffix}`;
}

export function narrativeSheet(
  f: FormatSpec,
  year: number | null,
  agency: string | null,
  lang: Lang,
): { sheet: SheetPlan; names: NamePlan[] } {
  const b = new SheetBuilder(SHEET.narrative, "narrative");
  let row = 1;
  const put = (section: NarrativeSectionId, height: number, part?: string) => {
    b.narrative(row, 1, section, part);
    b.name_(textName(section, part), { top: row, left: 1, bottom: row, right: 1 });
    b.rowHeights[row++] = height;
  };
  const note = (text: string) => {
    b.text("note", row, 1, text);
    b.rowHeights[row++] = 20;
  };
  const heading = (text: string) => {
    b.text("header", row, 1, text).value = text;
    b.rowHeights[row++] = 24;
  };

  b.text("title", row, 1, reportTitle(f, year, agency, lang));
  b.name_(NAME.title, { top: row, left: 1, bottom: row, right: 1 });
  b.rowHeights[row++] = 36;
  note(t(lang, "layout.narrative.openingNote"));
  put("0", 90);
  for (const s of f.sections) {
    if (s.id === "0") continue;
    heading(s.title);
    if (s.table) {
      note(t(lang, "layout.narrative.tableNote", { sheet: TABLE_SHEETS[s.table] }));
      continue;
    }
    const id = s.id as NarrativeSectionId;
    if (s.subheads && s.subheads.length > 0) {
      note(t(lang, "layout.narrative.introNote"));
      put(id, 60, INTRO_PART);
      for (const sh of s.subheads) {
        b.text("label", row, 1, sh.label);
        b.rowHeights[row++] = 20;
        put(id, 120, sh.key);
      }
      continue;
    }
    if (id === "6") note(t(lang, "layout.narrative.feeNote"));
    put(id, 160);
  }
  b.columnWidths.A = WIDTH;
  const sheet = b.build({
    print: { orientation: "portrait", fitToWidth: true, blackAndWhite: true, printArea: `A1:A${row - 1}` },
    protect: true,
  });
  return { sheet, names: b.names };
}
