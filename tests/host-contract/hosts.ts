// The two hosts behind the seam, each over its strict fake, and a host-neutral picture of the
// workbook (values, formulas, number formats, styles, merges, names, rules, protection, print setup)
// taken from the model both fakes share, so a contract test compares Office's and WPS's results.
import { excelHost } from "../../src/excel/host";
import type { ReportHost } from "../../src/host/types";
import type { EtApplication } from "../../src/wps/et";
import { wpsHost } from "../../src/wps/host";
import { areaA1 } from "../fake-excel/address";
import { createFakeExcel } from "../fake-excel";
import { asExcel } from "../fake-excel/adapter";
import { typeAndNotify } from "../fake-excel/events";
import type { WorkbookModel } from "../fake-excel/workbook-model";
import { createFakeWps } from "../fake-wps";
import type { WpsProfile } from "../fake-wps";

export interface HostUnderTest {
  label: string;
  host: ReportHost;
  model: WorkbookModel;
  /** The clerk types a figure (the host hears it as an edit where it watches). */
  type(sheet: string, address: string, value: number): void;
  /** The clock the own-writes window reads. */
  clock: { t: number };
}

export function officeUnderTest(): HostUnderTest {
  const fx = createFakeExcel({ profile: "m365" });
  const clock = { t: 0 };
  const supports = (v: string) => fx.office.context.requirements.isSetSupported("ExcelApi", v);
  const host = excelHost((batch) => batch(asExcel(fx.newContext())), "zh-CN", { supports, now: () => clock.t });
  return { label: "Office", host, model: fx.model, clock, type: (sheet, address, value) => typeAndNotify(fx.model, sheet, address, [[value]]) };
}

export function wpsUnderTest(profile: WpsProfile = "et"): HostUnderTest & { changes: string[] } {
  const fw = createFakeWps({ profile });
  const clock = { t: 0 };
  const host = wpsHost(fw.app as EtApplication, "zh-CN", { now: () => clock.t });
  return { label: `WPS (${profile})`, host, model: fw.model, clock, changes: fw.changes, type: (sheet, address, value) => fw.typeIn(sheet, address, value) };
}

export const HOSTS: [string, () => HostUnderTest][] = [
  ["Office", officeUnderTest],
  ["WPS", () => wpsUnderTest("et")],
  ["WPS, properties as methods", () => wpsUnderTest("methods")],
];

/** What a clerk would see of the workbook, host-neutral. Frozen panes are left out: WPS does not set them. */
export function picture(m: WorkbookModel) {
  return {
    sheets: m.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      protected: s.protected,
      protection: s.protected ? { cells: s.protectionOptions.allowFormatCells === true, columns: s.protectionOptions.allowFormatColumns === true, rows: s.protectionOptions.allowFormatRows === true } : null,
      cells: [...s.cells]
        .map(([k, c]) => {
          const [row, col] = k.split(",").map(Number);
          const address = areaA1({ row, col, rows: 1, cols: 1 });
          const st = c.style;
          const borders = Object.fromEntries(Object.entries(st.borders).filter(([, b]) => b && b.style && b.style !== "None").map(([e, b]) => [e, `${b!.style}/${b!.weight ?? ""}/${b!.color ?? ""}`]));
          return {
            address,
            value: m.displayValue(s, row, col),
            formula: c.formula ?? null,
            numberFormat: c.numberFormat,
            style: { fill: st.fill ?? null, bold: st.bold ?? false, fontColor: st.fontColor ?? "#000000", fontName: st.fontName ?? null, fontSize: st.fontSize ?? null, wrap: st.wrap ?? false, horizontal: st.horizontal ?? null, vertical: st.vertical ?? null, locked: st.locked, borders },
          };
        })
        .filter((c) => !(c.value === "" && c.formula === null && c.numberFormat === "General" && c.style.fill === null && Object.keys(c.style.borders).length === 0 && !c.style.bold && c.style.locked && c.style.fontName === null))
        .sort((a, b) => (a.address < b.address ? -1 : 1)),
      merges: s.merges.map(areaA1).sort(),
      validations: s.validations.map((v) => ({ area: areaA1(v.area), rule: v.rule, prompt: v.prompt, errorAlert: v.errorAlert, ignoreBlanks: v.ignoreBlanks })).sort((a, b) => (a.area < b.area ? -1 : 1)),
      conditionalFormats: s.conditionalFormats.map((c) => ({ area: areaA1(c.area), formula: c.formula, fill: c.fill ?? null, fontColor: c.fontColor ?? null, bold: c.bold ?? null })),
      highlighted: [...m.highlighted(s)].sort(),
      columnWidths: [...s.columnWidths].sort((a, b) => a[0] - b[0]),
      rowHeights: [...s.rowHeights].sort((a, b) => a[0] - b[0]),
      pageLayout: { orientation: s.pageLayout.orientation, paperSize: s.pageLayout.paperSize, fit: [s.pageLayout.zoom.horizontalFitToPages ?? null, s.pageLayout.zoom.verticalFitToPages ?? null], blackAndWhite: s.pageLayout.blackAndWhite, printArea: s.pageLayout.printArea ?? null, titleRows: s.pageLayout.printTitleRows ?? null, margins: s.pageLayout.margins ?? null },
    })),
    names: [...m.names.values()].map((n) => `${n.name}=${m.nameFormula(n)}`).sort(),
    active: m.activeSheet?.name ?? null,
  };
}

/** The cells whose own fill is a highlight colour, as "sheet!A1 #COLOUR". */
export function painted(m: WorkbookModel, colours: string[]): string[] {
  const out: string[] = [];
  for (const s of m.sheets)
    for (const [k, c] of s.cells) {
      if (!c.style.fill || !colours.includes(c.style.fill.toUpperCase())) continue;
      const [row, col] = k.split(",").map(Number);
      out.push(`${s.name}!${areaA1({ row, col, rows: 1, cols: 1 })} ${c.style.fill.toUpperCase()}`);
    }
  return out.sort();
}
