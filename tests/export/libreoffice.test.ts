// The exported .docx opened by a real word processor: LibreOffice converts it to PDF headless.
// Without soffice the test fails under CI (the image must have it: apt package libreoffice-writer-nogui)
// and is skipped locally, saying why. With EXPORT_ARTIFACTS=<dir> the .docx and .pdf are kept there
// (scripts/render-export.sh makes the README picture from them).
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { buildDocument } from "../../src/export/document";
import { renderDocx } from "../../src/export/docx";
import { sampleReport } from "./sample-report";

const SOFFICE = process.env.SOFFICE ?? "soffice";
const APT = "libreoffice-writer-nogui";
const found = spawnSync(SOFFICE, ["--version"], { encoding: "utf8", timeout: 60_000 });
const available = found.status === 0;

if (!available && !process.env.CI) {
  console.warn(`LibreOffice test skipped: "${SOFFICE}" not found (apt-get install -y ${APT}).`);
}

const pdfPages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe("the .docx in LibreOffice", () => {
  if (!available) {
    if (process.env.CI) {
      it("needs soffice under CI", () => {
        throw new Error(`soffice ("${SOFFICE}") is not installed: add the apt package ${APT} to the CI image.`);
      });
    } else it.skip(`converts to PDF — skipped: soffice not found (apt-get install -y ${APT})`, () => undefined);
    return;
  }

  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "xxgk-export-lo-"));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("converts the sample report to a PDF of at least one page, without error", async () => {
    const docx = join(dir, "report.docx");
    writeFileSync(docx, await renderDocx(buildDocument(sampleReport())));
    // A profile of its own, so a desktop LibreOffice that is open (or a first-run dialog) cannot interfere.
    const profile = `file://${join(dir, "profile")}`;
    const run = spawnSync(SOFFICE, [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, docx], {
      encoding: "utf8",
      timeout: 180_000,
    });
    const pdf = join(dir, "report.pdf");
    if (run.status !== 0 || !existsSync(pdf)) {
      throw new Error(
        `soffice did not convert the .docx (exit ${run.status}; is the Writer part, ${APT}, installed?)\n${run.stdout}\n${run.stderr}`,
      );
    }
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdfPages(bytes)).toBeGreaterThanOrEqual(1);

    const out = process.env.EXPORT_ARTIFACTS;
    if (out) {
      mkdirSync(out, { recursive: true });
      copyFileSync(docx, join(out, "export-sample.docx"));
      copyFileSync(pdf, join(out, "export-sample.pdf"));
    }

    // When poppler is there too, the laid-out text is checked: the title, and a number LibreOffice once
    // broke across two lines (12.36) because the Western script was marked Chinese.
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
    if (text.status === 0) {
      expect(text.stdout.replace(/\s+/g, "")).toContain("2024年政府信息公开工作年度报告");
      expect(text.stdout).toContain("12.36");
      expect(text.stdout).toContain("行政规范性文件");
    }
  }, 200_000);
});
