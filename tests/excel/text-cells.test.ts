// Every text role is written as text: Office.js enters a string as if typed, so "=…", "+…", "-…"
// would become formulas (#NAME? or a failed batch) and "2021" a number. On the strict fake, which
// applies Excel's typing rules (tests/fake-excel/excel-rules.test.ts), each role keeps its text.
import { saveExplanations } from "../../src/excel/explanations";
import { writePriorFigures } from "../../src/excel/prior";
import { readReport } from "../../src/excel/read-report";
import type { Explanation } from "../../src/explain/explanations";
import { SHEET } from "../../src/layout/names";
import type { SheetModel } from "../fake-excel/workbook-model";
import { asExcel } from "../fake-excel/adapter";
import { shown, typeInto } from "../fake-excel/structure";
import { host, refOf, shownKey } from "./helpers";

const LOOKS_LIKE_FORMULA = ["=HYPERLINK(\"http://x\",\"点此\")", "=1+1", "-无", "+86 10 1234", "--", "-"];

/** No cell of the workbook holds a formula the plan did not put there (the totals and the like). */
function strayFormulas(sheets: SheetModel[]): string[] {
  return sheets.flatMap((s) => [...s.cells.values()].map((c) => c.formula ?? "").filter((f) => /HYPERLINK|^=1\+1$|^=-|^=\+|^=--/.test(f)));
}

describe("text written as text", () => {
  it("an agency name starting with = stays text in the meta sheet and the title", async () => {
    const h = host();
    const agency = LOOKS_LIKE_FORMULA[0];
    await h.apply({ format: "2021", year: 2024, agency });
    const read = await h.read();
    expect(read.report.agency).toBe(agency);
    expect(strayFormulas(h.fx.model.sheets)).toEqual([]);
  });

  it("the format and year of the meta sheet stay as written (\"2021\" is not turned into a number)", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    const meta = h.fx.model.sheets.find((s) => s.visibility === "VeryHidden" && [...s.cells.values()].some((c) => c.value === "format"))!;
    expect(shown(h.fx.model, "B1", meta.name)).toBe("2021");
  });

  it.each(LOOKS_LIKE_FORMULA)("re-layout keeps a narrative cell holding %j as text", async (text) => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    const narrative = h.fx.model.sheetOrThrow(SHEET.narrative);
    const [k] = [...narrative.cells.entries()].find(([, c]) => c.style.locked === false)!;
    const [row, col] = k.split(",").map(Number);
    const at = `${String.fromCharCode(65 + col)}${row + 1}`;
    typeInto(h.fx.model, at, [[`'${text}`]], SHEET.narrative); // the clerk typed it as text
    await h.apply();
    expect(shown(h.fx.model, at, SHEET.narrative)).toBe(text);
    expect(strayFormulas(h.fx.model.sheets)).toEqual([]);
  });

  it("no-data marks - and -- in the tables survive a re-layout", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    const { report } = await h.read();
    for (const [key, mark] of [["t3.new.natural", "-"], ["t3.carriedIn.natural", "--"]] as const) {
      const r = refOf(report, key);
      typeInto(h.fx.model, r.address, [[`'${mark}`]], r.sheet);
    }
    await h.apply();
    const after = await h.read();
    expect(shownKey(h, after.report, "t3.new.natural")).toBe("-");
    expect(after.report.cells["t3.new.natural"]).toEqual({ kind: "nodata", raw: "-" });
    expect(after.report.cells["t3.carriedIn.natural"]).toEqual({ kind: "nodata", raw: "--" });
  });

  it("last year's no-data marks are imported as text", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2025 });
    const ctx = h.fx.newContext();
    const cells = { "t3.carriedOut.natural": { kind: "nodata" as const, raw: "--" }, "t3.carriedOut.total": { kind: "nodata" as const, raw: "-" } };
    await writePriorFigures(asExcel(ctx), { year: 2024, cells });
    const read = await h.read();
    expect(read.prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "nodata", raw: "--" });
    expect(read.prior?.cells["t3.carriedOut.total"]).toEqual({ kind: "nodata", raw: "-" });
  });

  it("an explanation starting with = or - is saved and read back as written", async () => {
    const h = host();
    await h.apply({ format: "2021", year: 2024 });
    const list: Explanation[] = [
      { rule: "R7", cells: ["t3.new.total"], values: ["-5"], text: "=1+1 是笔误", at: "2025-01-02T03:04:05Z" },
      { rule: "R8", cells: [], values: [], text: "-无", at: "2025-01-02T03:04:06Z" },
    ];
    await saveExplanations(asExcel(h.fx.newContext()), list);
    const ctx = h.fx.newContext();
    const read = await readReport(asExcel(ctx));
    expect(read.explanations.map((e) => e.text)).toEqual(["=1+1 是笔误", "-无"]);
  });
});
