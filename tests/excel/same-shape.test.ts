// DESIGN §4: a workbook laid out by the add-in (Office.js host, here on the strict fake) and one
// written by the CLI (ExcelJS host) are the same shape — same sheets, names, merges, labels,
// formulas, validations and highlights — because both only translate one plan.
import type ExcelJS from "exceljs";
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
});
