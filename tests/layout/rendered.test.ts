// Picture test of the tables as printed: the workbook the CLI writes (the sample report's figures) is
// printed to PDF by LibreOffice and the PDF's text lines are read back with their positions. Every
// header and label must print on exactly the lines the format data gives it (no word broken by an
// automatic wrap: the issue saw "社会公益组/织", "法律服务机/构", "三、本/年度办/理结果"), and 表三 must
// fit one page, so its group labels (（五）不予处理 …) are on the page with all their rows.
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planLayout, sheetOf } from "../../src/layout/plan";
import type { SheetPlan, SheetRole } from "../../src/layout/types";
import { priorFrom } from "../../src/model/report";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { describeRendered, pdfLines, toPdfs } from "../support/pdf-render";
import type { PdfText } from "../support/pdf-render";
import { sampleReport } from "./sample";

const ROLES: SheetRole[] = ["t2", "t3", "t4", "prior"];

/** The lines each header, label and note cell must print as. */
function expectedLines(sheet: SheetPlan): string[][] {
  return sheet.cells
    .filter((c) => (c.role === "header" || c.role === "label" || c.role === "note") && typeof c.value === "string")
    .map((c) => (c.value as string).split("\n"));
}

describeRendered("tables printed by LibreOffice", "libreoffice-calc-nogui", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-print-"));
  const report = sampleReport();
  const plan = planLayout(report.format, { year: report.year, agency: report.agency });
  const printed = new Map<SheetRole, PdfText>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const role of ROLES) {
      // One printed sheet per file, as a clerk prints one table.
      const keep = plan.sheets.filter((s) => s.role === role);
      const only = { ...plan, sheets: keep, names: plan.names.filter((n) => keep.some((s) => s.name === n.sheet)) };
      const file = join(dir, `print-${role}.xlsx`);
      writeFileSync(file, await writeWorkbook(only, report, { prior: priorFrom(report) }));
      files.push(file);
    }
    toPdfs(files, dir).forEach((pdf, i) => printed.set(ROLES[i], pdfLines(pdf)));
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(ROLES)("%s: every header and label prints on exactly its own lines", (role) => {
    const lines = new Set(printed.get(role)!.lines.map((l) => l.text));
    const broken = expectedLines(sheetOf(plan, role))
      .flat()
      .filter((line) => !lines.has(line));
    expect(broken).toEqual([]);
  });

  it("表三: none of the mid-word breaks the issue saw", () => {
    const lines = printed.get("t3")!.lines.map((l) => l.text);
    for (const fragment of ["社会公益组", "织", "法律服务机", "构", "三、本", "年度办", "理结果", "商业企", "科研机"]) expect(lines).not.toContain(fragment);
    expect(lines).toEqual(expect.arrayContaining(["社会公益", "组织", "法律服务", "机构", "三、", "（五）", "不予处理"]));
  });

  it("表三 prints on one page, with every group label on it and 三、本年度办理结果 standing upright", () => {
    const t3 = printed.get("t3")!;
    expect(t3.pages).toBe(1);
    const upright = ["三、", "本", "年", "度", "办", "理", "结", "果"].map((ch) => t3.lines.find((l) => l.text === ch));
    expect(upright.every((l) => l !== undefined)).toBe(true);
    // One character a line, top to bottom, in one column.
    const ys = upright.map((l) => l!.yMin);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    expect(Math.max(...upright.map((l) => l!.xMin)) - Math.min(...upright.map((l) => l!.xMin))).toBeLessThan(8);
    // The last row (四、结转下年度继续办理) is on the same page as the header.
    expect(t3.lines.some((l) => l.text === "四、结转下年度继续办理")).toBe(true);
  });

  it.each(["t2", "t4", "prior"] as SheetRole[])("%s prints on one page", (role) => {
    expect(printed.get(role)!.pages).toBe(1);
  });
});
