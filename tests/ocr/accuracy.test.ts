// The figure that matters for OCR: on scans made from the three real reports (150 dpi, turned by up
// to 2°, noise, JPEG; tests/support/scan-set.ts), how many of the printed table figures the import
// gets exact, how many it leaves unread, and how many it gets WRONG (must be none). One report in the
// unit suite (about two minutes on two cores); all three with XXGK_OCR_FULL=1.
import { readFileSync } from "fs";
import { join } from "path";
import { importPdfFile } from "../../src/import/pdf";
import { toJson } from "../../src/model/report";
import type { ReportJson } from "../../src/model/report";
import { xxgk } from "../support/cli";
import { describeShared, REAL_NAMES, REAL_REPORTS } from "../support/real-reports";
import { scannedCopy } from "../support/scan-set";
import { scanSeed } from "../support/scan-seed";

type Grid = { t2: unknown[][]; t3: unknown[][]; t4: unknown[] };
const expected = (): Record<string, Grid> => JSON.parse(readFileSync(join(REAL_REPORTS, "expected-grids.json"), "utf8")) as Record<string, Grid>;

/** Printed figures read exact, left unread (null), and read as another number (wrong). */
export function score(json: ReportJson, want: Grid): { exact: number; unread: number; wrong: string[]; total: number } {
  const got = [...json.t2.flat(), ...json.t3.flat(), ...json.t4];
  const all = [...want.t2.flat(), ...want.t3.flat(), ...want.t4];
  const out = { exact: 0, unread: 0, wrong: [] as string[], total: 0 };
  all.forEach((w, i) => {
    if (w === "X") return;
    out.total++;
    if (got[i] === w) out.exact++;
    else if (got[i] === null) out.unread++;
    else out.wrong.push(`#${i}: ${String(got[i])} for ${String(w)}`);
  });
  return out;
}

const NAMES = process.env.XXGK_OCR_FULL === "1" ? REAL_NAMES : (["huaian-city-2024"] as const);
// Minutes, not seconds: OCR reads a page in 5–20 s on two shared cores.
const SLOW = 15 * 60_000;
/** The figures each report's default scan reads exact as measured (docs/ocr.md): 555 of 558, the
 *  issue's 99%, as a floor that keeps what is reached from slipping. Another scan set
 *  (XXGK_OCR_SEED) is held to none wrong only: its exact count is reported, not tuned to. */
const EXACT_FLOOR: Record<(typeof REAL_NAMES)[number], number> = { "huaian-city-2024": 197, "huaian-hongze-2024": 179, "huaian-hongze-2023": 179 };
const DEFAULT_SET = process.env.XXGK_OCR_SEED === undefined;

describeShared.each(NAMES)("%s as a scan, read by OCR", (name) => {
  let scan: string;
  let fromScan: Awaited<ReturnType<typeof importPdfFile>>;
  let fromText: Awaited<ReturnType<typeof importPdfFile>>;

  beforeAll(async () => {
    scan = await scannedCopy(join(REAL_REPORTS, `${name}.pdf`), name, scanSeed(name));
    fromText = await importPdfFile(join(REAL_REPORTS, `${name}.pdf`));
    fromScan = await importPdfFile(scan);
  }, SLOW);

  // Measured on the generated scans (150 dpi, ±2°, noise, JPEG q70): huaian-city-2024 197/200,
  // huaian-hongze-2024 179/179, huaian-hongze-2023 179/179 — 555/558, 99.5% (docs/ocr.md; 554 with
  // Tesseract's votes alone, PaddleOCR's recogniser settling one more; 532 before the second vote on
  // unsure cells, labels put on their figures' baseline and the deskew's false peak at 0° removed). The wrong count is the requirement that holds on every scan set: none.
  it("reads none of the printed table figures wrong, and at least the measured share exact", () => {
    expect(fromScan.ocr).toBeDefined();
    const s = score(toJson(fromScan.report), expected()[name]);
    const t = score(toJson(fromText.report), expected()[name]);
    console.log(`${name} (scan seed ${scanSeed(name)}) by OCR: ${s.exact} exact, ${s.unread} unread, ${s.wrong.length} wrong of ${s.total} printed figures (the text PDF: ${t.exact} exact); ${fromScan.ocr?.uncertain.length} cells uncertain`);
    expect(s.wrong).toEqual([]);
    if (DEFAULT_SET) expect(s.exact).toBeGreaterThanOrEqual(EXACT_FLOOR[name]);
  });

  it("reads the narrative well enough that R8 and R9 warn of nothing they do not warn of in the text PDF", async () => {
    const codes = async (file: string) => {
      const { out } = await xxgk(["check", file, "--json", "--jobs", "1"]);
      const [one] = JSON.parse(out).files as { findings: { rule: string; code: string }[]; ocr?: boolean }[];
      return { ocr: one.ocr ?? false, narrative: one.findings.filter((f) => f.rule === "R8" || f.rule === "R9").map((f) => `${f.rule} ${f.code}`).sort() };
    };
    const [a, b] = [await codes(scan), await codes(join(REAL_REPORTS, `${name}.pdf`))];
    expect(a.ocr).toBe(true);
    // No false R8 warning, no R9 "section missing" that the text PDF does not have (the OCR may miss
    // a warning the text gets: a word it misread is not a finding).
    expect(a.narrative.filter((f) => !b.narrative.includes(f))).toEqual([]);
    console.log(`${name} by OCR: R8/R9 ${JSON.stringify(a.narrative)}; the text PDF: ${JSON.stringify(b.narrative)}`);
  }, SLOW);
});
