// DESIGN §4: a workbook laid out by the add-in (Office.js host, here on the strict fake) and one
// written by the CLI (ExcelJS host) are the same shape — same sheets, names, merges, labels,
// formulas, number formats, validations, highlights, protection and print margins — because both
// only translate one plan.
import type ExcelJS from "exceljs";
import { parseCell } from "../../src/layout/a1";
import { planLayout } from "../../src/layout/plan";
import { loadWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { areaA1, cellA1 } from "../fake-excel/address";
import { host } from "./helpers";

const OPTS = { year: 2024, agency: "某区教育局" };
const plain = (a1: string) => a1.replace(/\$/g, "");

async function cliWorkbook(format: "2019" | "2021"): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await writeWorkbook(planLayout(format, { ...OPTS, year: format === "2019" ? 2020 : 2024 })), "cli.xlsx");
}

async function addinWorkbook(format: "2019" | "2021") {
  const h = host("1.9");
  await h.apply({ format, ...OPTS, year: format === "2019" ? 2020 : 2024 });
  return h.fx.model;
}

describe.each(["2021", "2019"] as const)("the %s layout, by the add-in and by the CLI", (format) => {
  let cli: ExcelJS.Workbook;
  let addin: Awaited<ReturnType<typeof addinWorkbook>>;
  beforeAll(async () => {
    [cli, addin] = await Promise.all([cliWorkbook(format), addinWorkbook(format)]);
  });

  const addinSheets = () => addin.sheets.filter((s) => s.name !== "Sheet1" || s.cells.size > 0);

  it("has the same sheets, in the same order, equally visible", () => {
    const state = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
    expect(addinSheets().map((s) => [s.name, state[s.visibility]])).toEqual(cli.worksheets.map((w) => [w.name, w.state]));
  });

  it("has the same defined names over the same ranges", () => {
    const fromCli = cli.definedNames.model
      .map((d) => [d.name, plain(d.ranges[0].replace(/^'(.*)'!/, "$1!").replace(/^([^'!]+)!/, "$1!"))])
      .sort();
    const fromAddin = [...addin.names.values()].map((n) => [n.name, `${n.sheet?.name}!${n.area ? areaA1(n.area) : "?"}`]).sort();
    expect(fromCli.length).toBeGreaterThan(5);
    expect(fromAddin).toEqual(fromCli);
  });

  it("has the same merges, labels, values and formulas on every sheet", () => {
    for (const ws of cli.worksheets) {
      const sheet = addinSheets().find((s) => s.name === ws.name)!;
      const merges = (ws.model as unknown as { merges: string[] }).merges.map(plain).sort();
      expect([ws.name, sheet.merges.map(areaA1).sort()]).toEqual([ws.name, merges]);
      const cliCells: [string, unknown][] = [];
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.isMerged && cell.master !== cell) return;
          const v = cell.formula ? `=${cell.formula}` : cell.value;
          if (v !== null && v !== "") cliCells.push([cell.address, v]);
        }),
      );
      const addinCells = [...sheet.cells.entries()]
        .map(([rc, c]): [string, unknown] => {
          const [row, col] = rc.split(",").map(Number);
          return [cellA1(row, col), c.formula ?? c.value];
        })
        .filter(([, v]) => v !== null && v !== "");
      expect([ws.name, addinCells.sort()]).toEqual([ws.name, cliCells.sort()]);
    }
  });

  it("has the same highlight formulas over the same ranges", () => {
    let compared = 0;
    for (const ws of cli.worksheets) {
      const sheet = addinSheets().find((s) => s.name === ws.name)!;
      type CfRule = { formulae?: string[] };
      const fromCli = ((ws as unknown as { conditionalFormattings: { ref: string; rules: CfRule[] }[] }).conditionalFormattings ?? [])
        .flatMap((cf) => cf.rules.map((r) => [plain(cf.ref), `=${(r.formulae ?? [])[0]}`.replace(/^==/, "=")]))
        .sort();
      const fromAddin = sheet.conditionalFormats.map((c) => [areaA1(c.area), c.formula ?? ""]).sort();
      expect([ws.name, fromAddin]).toEqual([ws.name, fromCli]);
      compared += fromCli.length;
    }
    expect(compared).toBeGreaterThan(30); // table 三 alone has a rule per column and per total
  });

  it("protects the same sheets, allowing the same formatting", () => {
    const fromCli = cli.worksheets.map((ws) => {
      const p = (ws as unknown as { sheetProtection?: { sheet?: boolean; formatCells?: boolean; formatColumns?: boolean; formatRows?: boolean } | null }).sheetProtection;
      return [ws.name, Boolean(p?.sheet), Boolean(p?.sheet && p.formatCells), Boolean(p?.sheet && p.formatColumns), Boolean(p?.sheet && p.formatRows)];
    });
    const fromAddin = addinSheets().map((s) => [
      s.name,
      s.protected,
      s.protected && s.protectionOptions.allowFormatCells === true,
      s.protected && s.protectionOptions.allowFormatColumns === true,
      s.protected && s.protectionOptions.allowFormatRows === true,
    ]);
    expect(fromAddin).toEqual(fromCli);
  });

  it("has the same print margins (points)", () => {
    const inches = (ws: ExcelJS.Worksheet) => ws.pageSetup.margins as unknown as Record<string, number> | undefined;
    const fromCli = cli.worksheets.map((ws) => {
      const m = inches(ws);
      return [ws.name, ...["left", "right", "top", "bottom", "header", "footer"].map((k) => (m?.[k] === undefined ? null : Math.round(m[k] * 72)))];
    });
    const fromAddin = addinSheets().map((s) => {
      const m = s.pageLayout.margins as Record<string, number | undefined> | undefined;
      return [s.name, ...["left", "right", "top", "bottom", "header", "footer"].map((k) => (m?.[k] === undefined ? null : Math.round(m[k]!)))];
    });
    expect(fromAddin).toEqual(fromCli);
  });

  it("has the same data validation on every cell: rule, bound, prompt and alert", () => {
    let compared = 0;
    for (const ws of cli.worksheets) {
      const sheet = addinSheets().find((s) => s.name === ws.name)!;
      type Dv = { type: string; formulae?: unknown[]; promptTitle?: string; prompt?: string; errorTitle?: string; error?: string };
      const model = (ws as unknown as { dataValidations: { model: Record<string, Dv | undefined> } }).dataValidations.model;
      const fromCli = Object.entries(model)
        .filter((e): e is [string, Dv] => e[1] !== undefined)
        .map(([a, v]) => `${a} ${v.type} ${String(v.formulae?.[0])} ${v.promptTitle}|${v.prompt} ${v.errorTitle}|${v.error}`)
        .sort();
      const fromAddin = sheet.validations
        .flatMap((v) => {
          const rule = v.rule as { wholeNumber?: { formula1: unknown }; decimal?: { formula1: unknown } };
          const type = rule.wholeNumber ? "whole" : "decimal";
          const f1 = (rule.wholeNumber ?? rule.decimal)?.formula1;
          const p = v.prompt as { title: string; message: string };
          const e = v.errorAlert as { title: string; message: string };
          const cells: string[] = [];
          for (let r = 0; r < v.area.rows; r++)
            for (let c = 0; c < v.area.cols; c++) cells.push(`${cellA1(v.area.row + r, v.area.col + c)} ${type} ${String(f1)} ${p.title}|${p.message} ${e.title}|${e.message}`);
          return cells;
        })
        .sort();
      expect([ws.name, fromAddin]).toEqual([ws.name, fromCli]);
      compared += fromCli.length;
    }
    expect(compared).toBeGreaterThan(50);
  });

  it("has the same number format in every cell the plan writes", () => {
    const plan = planLayout(format, { ...OPTS, year: format === "2019" ? 2020 : 2024 });
    for (const s of plan.sheets) {
      const ws = cli.getWorksheet(s.name)!;
      const sheet = addin.sheetOrThrow(s.name);
      const fromCli = s.cells.map((c) => [c.address, ws.getCell(c.address).numFmt || "General"]);
      const fromAddin = s.cells.map((c) => {
        const p = parseCell(c.address);
        return [c.address, addin.peek(sheet, p.row - 1, p.col - 1)?.numberFormat ?? "General"];
      });
      expect([s.name, fromAddin]).toEqual([s.name, fromCli]);
    }
  });
});

