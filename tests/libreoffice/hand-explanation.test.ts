// A 说明 row written by hand in LibreOffice Calc, not by our writer (issue 21): the template comes from
// `xxgk template`; the figures, the text and the 说明 rows are typed into it by a LibreOffice macro
// (as a clerk without the add-in would, in any spreadsheet program); `xxgk check` then reports the
// warning as explained. A figure changed in LibreOffice makes it stale; a row that matches no warning
// is named by its row; `xxgk explain` on that workbook replaces the hand row and keeps the other.
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { fillPlan } from "../../src/layout/fill";
import { SHEET } from "../../src/layout/names";
import { planLayout } from "../../src/layout/plan";
import { xxgk } from "../support/cli";
import { editInLibreOffice, findSoffice } from "../support/libreoffice";
import { sampleReport } from "../support/reports";

const soffice = findSoffice();
if (!soffice && process.env.CI) {
  test("LibreOffice is installed", () => {
    throw new Error("soffice not found: install libreoffice-calc-nogui in .ci/run");
  });
}
const describeLo = soffice ? describe : describe.skip;

/** A StarBasic string literal ("" for a quote; line breaks joined with Chr(10)). */
const basicString = (s: string) => s.split("\n").map((line) => `"${line.replace(/"/g, '""')}"`).join(" & Chr(10) & ");

/** StarBasic typing the sample report into the template — its text saying 予以公开24件 against the
 *  table's 25 (one R8 warning at 表三 J7) — then the 说明 rows, then recalculating as Calc does. */
function clerksTyping(rows: string[][]): string {
  const report = sampleReport();
  report.narrative = Object.fromEntries(Object.entries(report.narrative).map(([k, v]) => [k, v?.replace("予以公开25件", "予以公开24件")]));
  const filled = fillPlan(planLayout("2021", { year: 2024, agency: report.agency }), report);
  const lines = ["  sheets = doc.Sheets"];
  for (const s of filled.sheets) {
    for (const c of s.cells) {
      const at = `sheets.getByName(${basicString(s.name)}).getCellRangeByName("${c.address}")`;
      if (c.role === "input" && typeof c.value === "number") lines.push(`  ${at}.Value = ${c.value}`);
      else if (c.role === "narrative" && typeof c.value === "string" && c.value) lines.push(`  ${at}.String = ${basicString(c.value)}`);
    }
  }
  rows.forEach((row, i) =>
    row.forEach((v, j) => lines.push(`  sheets.getByName("${SHEET.explanations}").getCellByPosition(${j}, ${2 + i}).String = ${basicString(v)}`)),
  );
  lines.push("  doc.calculateAll()");
  return lines.join("\n");
}

interface Checked {
  status: string;
  counts: { errors: number; warnings: number; explained: number };
  findings: { code: string; severity: string; message: string; explanation?: { text: string }; staleExplanation?: string }[];
}

async function checked(file: string): Promise<Checked> {
  const r = await xxgk(["check", file, "--json"]);
  return JSON.parse(r.out).files[0] as Checked;
}

describeLo("a 说明 row typed by hand in LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-hand-explain-"));
  const wb = join(work, "report.xlsx");

  it("makes xxgk check report the warning as explained, stale once LibreOffice changes the figure; an unmatched row is named", async () => {
    expect((await xxgk(["template", wb, "--year", "2024", "--agency", "广州市番禺区人力资源和社会保障局"])).code).toBe(0);
    editInLibreOffice(
      soffice!,
      wb,
      work,
      clerksTyping([
        ["R8", "表三!J7", "正文按申请人口径统计", "25"],
        ["R6", "C9", "这一行对不上任何警告", "3"],
      ]),
    );

    const honoured = await checked(wb);
    expect(honoured.counts).toMatchObject({ errors: 0, warnings: 0, explained: 1 });
    expect(honoured.status).toBe("ok");
    expect(honoured.findings.find((f) => f.code === "narrative.R8.mismatch")).toMatchObject({ severity: "warning", explanation: { text: "正文按申请人口径统计" } });
    const unmatched = honoured.findings.filter((f) => f.code.startsWith("explain.row."));
    expect(unmatched).toEqual([expect.objectContaining({ code: "explain.row.unmatched", severity: "info", message: expect.stringContaining("“说明”表第 4 行") })]);

    // The clerk adds one to 自然人 of 予以公开 in Calc: 表三 J7 (a SUM over the row) becomes 26.
    const natural = planLayout("2021").sheets.flatMap((x) => x.cells).find((c) => c.key === "t3.granted.natural")!.address;
    editInLibreOffice(soffice!, wb, work, `  t3 = doc.Sheets.getByName("${SHEET.t3}")\n  c = t3.getCellRangeByName("${natural}")\n  c.Value = c.Value + 1\n  doc.calculateAll()`);
    const stale = await checked(wb);
    expect(stale.counts.explained).toBe(0);
    // 25 → 26 also makes 公开 31 disagree (a second R8 warning, at J6): what matters is the one explained.
    const r8 = stale.findings.filter((f) => f.code === "narrative.R8.mismatch" && (f.staleExplanation || f.explanation));
    expect(r8).toEqual([expect.objectContaining({ staleExplanation: "正文按申请人口径统计", message: expect.stringContaining("予以公开") })]);
    expect(r8[0]).not.toHaveProperty("explanation");

    // `xxgk explain` records the warning anew: the hand row for it is replaced, the other kept.
    const r = await xxgk(["explain", wb, "--code", "narrative.R8.mismatch", "--cell", "表三!J7", "正文按申请人口径统计，已核对"]);
    expect(r).toMatchObject({ code: 0, err: "" });
    const again = await checked(wb);
    const explained = again.findings.filter((f) => f.explanation || f.staleExplanation);
    expect(explained).toEqual([expect.objectContaining({ code: "narrative.R8.mismatch", explanation: expect.objectContaining({ text: "正文按申请人口径统计，已核对" }) })]);
    expect(again.findings.filter((f) => f.code === "explain.row.unmatched")).toHaveLength(1);
  }, 600_000);
});
