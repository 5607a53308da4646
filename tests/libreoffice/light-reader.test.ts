// The light reader on a workbook a real spreadsheet program saved: LibreOffice re-saves a filled report
// (its own shared strings, styles and formula cells) and both readers still give the same report.
import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { planLayout } from "../../src/layout/plan";
import { priorFrom } from "../../src/model/report";
import { readWorkbookLight } from "../../src/xlsx/light/read-light";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { writeWorkbook } from "../../src/xlsx/write-plan";
import { findSoffice } from "../support/libreoffice";
import { sampleReport } from "../support/reports";

const soffice = findSoffice();
const describeLo = soffice ? describe : describe.skip;

describeLo("a workbook saved by LibreOffice", () => {
  const work = mkdtempSync(join(tmpdir(), "xxgk-lo-light-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test("reads the same through the light reader as through ExcelJS", async () => {
    const report = sampleReport();
    report.cells["t3.granted.natural"] = { kind: "text", raw: "25件", guess: 25, why: "unit" };
    // XML's special characters and a closing bracket: LibreOffice writes its own shared strings and entities.
    report.agency = "某区财政局（本级）& <直属> \"单位\"";
    const src = join(work, "report.xlsx");
    writeFileSync(src, await writeWorkbook(planLayout("2021", { year: 2024, agency: report.agency }), report, { prior: priorFrom(sampleReport()) }));
    const out = join(work, "saved");
    mkdirSync(out);
    execFileSync(soffice as string, [`-env:UserInstallation=file://${join(work, "profile")}`, "--headless", "--convert-to", "xlsx", "--outdir", out, src], {
      stdio: "pipe",
      timeout: 240_000,
    });
    const bytes = new Uint8Array(readFileSync(join(out, "report.xlsx")));
    const light = await readWorkbookLight(bytes, "saved.xlsx");
    expect(light).toEqual(await readWorkbook(bytes, "saved.xlsx"));
    expect(light.report.agency).toBe("某区财政局（本级）& <直属> \"单位\"");
    expect(light.report.cells["t3.new.natural"]).toEqual({ kind: "number", value: 57 });
    expect(light.report.cells["t3.granted.natural"]).toMatchObject({ kind: "text", raw: "25件" });
    expect(light.prior?.cells["t3.carriedOut.natural"]).toEqual({ kind: "number", value: 1 });
  }, 300_000);
});
