// `xxgk explain` stores an explanation the way the pane does; the workbook then goes through
// LibreOffice (saved by it, and edited in its own file format), and `xxgk check` still honours the
// explanation — until the figure behind the warning changes, when it is stale and the warning is back.
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { findSoffice, recalculatedXlsx } from "../support/libreoffice";
import { xxgk } from "../support/cli";

const SAMPLE = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");
const soffice = findSoffice();
if (!soffice && process.env.CI) {
  test("LibreOffice is installed", () => {
    throw new Error("soffice not found: install libreoffice-calc-nogui in .ci/run");
  });
}
const describeLo = soffice ? describe : describe.skip;

/** `check --json`'s one file. */
async function checked(file: string) {
  return JSON.parse((await xxgk(["check", file, "--json"])).out).files[0] as {
    status: string;
    counts: { warnings: number; explained: number };
    findings: { code: string; explanation?: string; staleExplanation?: string }[];
  };
}

/** `lo.xlsx` with one figure changed inside LibreOffice's flat ODF (with the cached total it feeds),
 *  then written back to .xlsx by LibreOffice. */
function editedByLibreOffice(src: string, work: string, rowLabel: string, from: number, to: number): string {
  const profile = `-env:UserInstallation=file://${join(work, "profile")}`;
  execFileSync(soffice!, [profile, "--headless", "--convert-to", "fods", "--outdir", work, src], { stdio: "pipe", timeout: 120_000 });
  const fods = join(work, src.split("/").pop()!.replace(/\.xlsx$/, ".fods"));
  const xml = readFileSync(fods, "utf8");
  const row = xml.match(new RegExp(`<table:table-row[^>]*>(?:(?!</table:table-row>)[\\s\\S])*${rowLabel}[\\s\\S]*?</table:table-row>`))![0];
  // The row's first figure (自然人) and its total (a SUM formula LibreOffice cached): both from → to.
  const edited = row
    .replace(new RegExp(`(office:value-type="float" office:value=")${from}("[^>]*>\\s*<text:p>)${from}<`), `$1${to}$2${to}<`)
    .replace(new RegExp(`(table:formula="of:=SUM[^"]*" office:value-type="float" office:value=")${from}("[^>]*>\\s*<text:p>)${from}<`), `$1${to}$2${to}<`);
  expect(edited.match(new RegExp(`<text:p>${to}<`, "g"))).toHaveLength(2);
  expect(edited).not.toBe(row);
  writeFileSync(fods, xml.replace(row, edited));
  const out = join(work, "xlsx");
  execFileSync(soffice!, [profile, "--headless", "--convert-to", "xlsx", "--outdir", out, fods], { stdio: "pipe", timeout: 120_000 });
  return join(out, fods.split("/").pop()!.replace(/\.fods$/, ".xlsx"));
}

describeLo("an explanation written by xxgk explain, through LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-explain-lo-"));
  // The text says 予以公开 24 件; the table says 25: an R8 warning at 表三 J7 (t3.granted.total).
  const report = join(work, "report.txt");
  writeFileSync(report, readFileSync(SAMPLE, "utf8").replace("予以公开 25 件", "予以公开 24 件"));
  const wb = join(work, "report.xlsx");

  it("is honoured after LibreOffice saved the workbook, and stale once the figure changes there", async () => {
    expect((await xxgk(["import", report, "-o", wb])).code).toBe(0);
    expect(await checked(wb)).toMatchObject({ status: "warnings", counts: { warnings: 1, explained: 0 } });

    const r = await xxgk(["explain", wb, "--code", "narrative.R8.mismatch", "--cell", "表三!J7", "正文按申请人口径统计"]);
    expect(r).toMatchObject({ code: 0, err: "" });

    const saved = join(work, "saved.xlsx");
    writeFileSync(saved, recalculatedXlsx(soffice!, wb, work, "saved"));
    const honoured = await checked(saved);
    expect(honoured).toMatchObject({ status: "ok", counts: { warnings: 0, explained: 1 } });
    expect(honoured.findings[0]).toMatchObject({ code: "narrative.R8.mismatch", explanation: { text: "正文按申请人口径统计" } });

    const edited = editedByLibreOffice(saved, work, "（一）予以公开", 25, 26);
    const stale = await checked(edited);
    // 25 → 26 also unbalances the column (R1, R2 errors): what matters here is the warning.
    expect(stale.counts.explained).toBe(0);
    const r8 = stale.findings.filter((f) => f.code === "narrative.R8.mismatch" && (f.staleExplanation || f.explanation));
    expect(r8).toEqual([expect.objectContaining({ staleExplanation: "正文按申请人口径统计" })]);
  }, 300_000);

  it("names the warnings there are when the code or cell matches none; needs a workbook and a text", async () => {
    const bad = await xxgk(["explain", wb, "--code", "narrative.R8.mismatch", "--cell", "表三!J8", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("表三 依申请公开!J7");
    expect((await xxgk(["explain", report, "--code", "x", "--cell", "C5", "x"])).code).toBe(2);
    expect((await xxgk(["explain", wb, "--code", "narrative.R8.mismatch", "表三!J7"])).code).toBe(2);
  });
});
