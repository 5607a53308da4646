// An agency whose name ends in a bracket — "某区财政局（本级）" — comes out whole in every output, from
// every kind of input: check's text, --json, the CSV and workbook summaries, import -o, export (txt,
// docx) and consolidate's 明细. The bracket was once stripped as trailing punctuation of the title.
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { importReport, importReportFile } from "../../src/import";
import { planLayout } from "../../src/layout/plan";
import { readReportFile } from "../../src/cli/read-file";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { exportReport } from "../../src/export";
import { xxgk } from "../support/cli";

const AGENCY = "某区财政局（本级）";
const CUT = "某区财政局（本级";
const sampleText = readFileSync(join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt"), "utf8");
const bracketText = sampleText.replace(/^.*\n/, `${AGENCY}\n`);

/** The name is there (unless the output need not name it), and never without its closing bracket. */
function expectWhole(text: string, where: string, named = true): void {
  const whole = text.split(AGENCY).length - 1;
  const any = text.split(CUT).length - 1;
  expect({ where, whole: whole > 0 || !named, cut: any - whole }).toEqual({ where, whole: true, cut: 0 });
}

const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Every string a workbook holds, sheet by sheet. */
async function workbookText(file: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  const textOf = (v: ExcelJS.CellValue): string => {
    if (typeof v === "string") return v;
    if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
    if (v && typeof v === "object" && "formula" in v) return typeof v.result === "string" ? v.result : "";
    return "";
  };
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => out.push(textOf(c.value)))));
  return out.join("\n");
}

async function docxText(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  return ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${p.replace(/<[^>]+>/g, "")}\n`);
}

describe("an agency name ending in a bracket", () => {
  let dir: string;
  const inputs: Record<string, string> = {};
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-bracket-"));
    const report = importReport(bracketText).report;
    const write = (name: string, data: string | Uint8Array) => {
      const sub = join(dir, name.replace(/\./g, "-"));
      mkdirSync(sub);
      writeFileSync(join(sub, name), data);
      inputs[name.split(".").pop() as string] = join(sub, name);
    };
    write("r.txt", bracketText);
    write("r.html", `<html><body>${bracketText.split("\n").map((l) => `<p>${escapeHtml(l)}</p>`).join("\n")}</body></html>`);
    write("r.docx", await exportReport({ ...report, agency: AGENCY }, "docx"));
    write("r.xlsx", await writeWorkbook(planLayout("2021", { year: 2024, agency: AGENCY }), { ...report, agency: AGENCY }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is read whole from each kind of input", async () => {
    for (const [kind, file] of Object.entries(inputs)) {
      const { report } = await readReportFile(file);
      expect([kind, report.agency]).toEqual([kind, AGENCY]);
    }
    expect((await importReportFile(readFileSync(inputs.docx))).report.agency).toBe(AGENCY);
  });

  it.each(["txt", "html", "docx", "xlsx"])("comes out whole in every output, from .%s", async (kind) => {
    const input = inputs[kind];
    const out = (name: string) => join(dir, `${kind}-${name}`);
    const check = await xxgk(["check", input]);
    expectWhole(check.out, "check");
    const json = await xxgk(["check", input, "--json"]);
    expectWhole(json.out, "check --json");
    await xxgk(["check", input, "--report", out("s.csv")]);
    expectWhole(readFileSync(out("s.csv"), "utf8"), "summary csv");
    await xxgk(["check", input, "--report", out("s.xlsx")]);
    expectWhole(await workbookText(out("s.xlsx")), "summary workbook");
    const imported = await xxgk(["import", input, "-o", out("i.xlsx")]);
    expectWhole(imported.out + imported.err, "import -o message", false);
    expect((await readReportFile(out("i.xlsx"))).report.agency).toBe(AGENCY);
    expectWhole(await workbookText(out("i.xlsx")), "import -o workbook");
    await xxgk(["export", input, "-o", out("e.txt")]);
    expectWhole(readFileSync(out("e.txt"), "utf8"), "export txt");
    await xxgk(["export", input, "-o", out("e.docx")]);
    expectWhole(await docxText(out("e.docx")), "export docx");
    const c = await xxgk(["consolidate", input, "-o", out("c.xlsx"), "--agency", "某区人民政府（汇总）", "--year", "2024"]);
    expectWhole(c.out + c.err, "consolidate message", false);
    const parts = (await readReportFile(out("c.xlsx"))).report.parts ?? [];
    expect(parts.map((p) => p.body)).toEqual([AGENCY]);
    expectWhole(await workbookText(out("c.xlsx")), "consolidate workbook");
    expect((await readReportFile(out("c.xlsx"))).report.agency).toBe("某区人民政府（汇总）");
  }, 60_000);
});
