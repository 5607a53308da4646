// `xxgk check` and `import` on pictures of a report: a PNG of a scanned page, a phone's JPEG stored
// sideways, a scanner's 300 dpi black-and-white multi-page TIFF (CCITT G4) — read by the same OCR
// and import as a scanned PDF (ocr: true, the OCR finding); a folder picks them up; --no-ocr, a blank
// picture and a photo of no report each end in one sentence naming the file.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Gray } from "../../src/ocr/gray";
import { xxgk } from "../support/cli";
import { describeShared, REAL_REPORTS } from "../support/real-reports";
import { cached, scannedPages, toJpegOriented, toPng, toTiff } from "../support/scan-images";

const pdf = join(REAL_REPORTS, "huaian-city-2024.pdf");
// Page 3 prints table 二's first rows (as tests/ocr/cli.test.ts), page 4 its next ones.
const PRINTED: Record<string, string[]> = { 规章: ["1", "0", "11"], 行政规范性文件: ["8", "26", "66"], 行政许可: ["447228"] };

interface FileJson {
  file: string;
  status: string;
  message?: string;
  ocr?: boolean;
  ocrCells?: { page: number; row: string; value: string; confidence: number }[];
  findings: { code: string; severity: string }[];
}

const checkJson = async (args: string[]): Promise<FileJson[]> => (JSON.parse((await xxgk(["check", ...args, "--json", "--jobs", "1"])).out) as { files: FileJson[] }).files;

/** The figures the OCR took on page 3's printed rows are those printed, and at least `n` of them. */
function expectPage3(file: FileJson, n: number): void {
  expect(file.ocr).toBe(true);
  const cells = (file.ocrCells ?? []).filter((c) => c.row in PRINTED);
  expect(cells.length).toBeGreaterThanOrEqual(n);
  for (const c of cells) expect(PRINTED[c.row]).toContain(c.value);
  expect(file.findings.filter((f) => f.code.startsWith("import.ocr.read")).map((f) => f.severity)).toEqual(["info"]);
}

describeShared("pictures of a report", () => {
  let png: string;
  let sideways: string;
  let tiff: string;
  beforeAll(async () => {
    png = await cached("huaian-city-2024-s3-p3.png", async (path) => writeFileSync(path, toPng((await scannedPages(pdf, [3], 3))[0])));
    // A phone stores a portrait page turned a quarter and says so (EXIF Orientation 6).
    sideways = await cached("huaian-city-2024-s5-p3-o6.jpg", async (path) => writeFileSync(path, toJpegOriented((await scannedPages(pdf, [3], 5))[0], 6)));
    // A scanner's black-and-white mode: 300 dpi, two pages, CCITT G4.
    tiff = await cached("huaian-city-2024-s7-p3_4-g4-300.tif", async (path) => toTiff(await scannedPages(pdf, [3, 4], 7, 300), "g4", path));
  }, 300_000);

  it("a PNG: --json says ocr with each figure's confidence, and the OCR finding", async () => {
    const [file] = await checkJson([png]);
    // Measured: all 7 of page 3's figures on these rows taken (as from the PDF scan of the same seed).
    expectPage3(file, 5);
  }, 300_000);

  it("a JPEG stored sideways is read upright (its EXIF Orientation honoured)", async () => {
    const [file] = await checkJson([sideways]);
    // Measured: 6 of the 7 (one left unread, never a wrong one). Unturned, nothing is recognised.
    expectPage3(file, 5);
  }, 300_000);

  it("a 300 dpi two-page G4 TIFF is one report of two pages, scaled to the OCR's 150 dpi", async () => {
    const [file] = await checkJson([tiff]);
    expectPage3(file, 4);
    expect(new Set(file.ocrCells?.map((c) => c.page))).toEqual(new Set([1, 2]));
    // The same file through import: table 二's figures read are those printed (0 wrong), the rest unread.
    const run = await xxgk(["import", tiff, "--json"]);
    const printed = (JSON.parse(readFileSync(join(REAL_REPORTS, "expected-grids.json"), "utf8")) as Record<string, { t2: unknown[][] }>)["huaian-city-2024"].t2;
    const t2 = (JSON.parse(run.out) as { t2: unknown[][] }).t2;
    let read = 0;
    t2.forEach((row, i) => row.forEach((v, c) => {
      if (typeof v !== "number") return;
      expect([i, c, v]).toEqual([i, c, printed[i][c]]);
      read++;
    }));
    // Measured: all 10 of the two pages' table 二 figures (a clean black-and-white scan reads well).
    expect(read).toBeGreaterThanOrEqual(8);
  }, 300_000);

  it("a folder's pictures are checked beside its other reports, in one sentence when OCR is off", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-image-folder-"));
    mkdirSync(join(dir, "扫描"));
    copyFileSync(png, join(dir, "扫描", "第3页.PNG"));
    copyFileSync(join(REAL_REPORTS, "huaian-hongze-2024.txt"), join(dir, "hongze.txt"));
    const files = await checkJson([dir]);
    expect(files.map((f) => f.file)).toEqual([join(dir, "hongze.txt"), join(dir, "扫描", "第3页.PNG")]);
    expectPage3(files[1], 4);
    expect(files[0].ocr).toBeUndefined();
    // --no-ocr: the picture gets its sentence (naming the file), the text report is checked as ever.
    const run = await xxgk(["check", dir, "--no-ocr"]);
    expect(run.code).toBe(2);
    const line = (run.out + run.err).split("\n").find((l) => l.includes("第3页.PNG"));
    expect(line).toContain("--no-ocr");
    expect(line).toContain("图片");
    expect(run.out).toContain("hongze.txt");
    const en = await xxgk(["check", join(dir, "扫描", "第3页.PNG"), "--no-ocr", "--lang", "en"]);
    expect(en.out + en.err).toContain("This is a picture");
  }, 300_000);
});

describe("bad pictures", () => {
  const dir = mkdtempSync(join(tmpdir(), "xxgk-bad-images-"));
  const blankPage = (): Gray => ({ width: 1240, height: 1754, data: new Uint8Array(1240 * 1754).fill(255), dpi: 150 });
  const oneSentence = async (file: string, words: string) => {
    const run = await xxgk(["check", file]);
    expect(run.code).toBe(2);
    const text = (run.out + run.err).trim();
    expect(text.split("\n")).toHaveLength(1);
    expect(text).toContain(file);
    expect(text).toContain(words);
    expect(text).not.toMatch(/\bat \S+ \(|Error:/);
  };

  it("a blank page: nothing recognised", async () => {
    const file = join(dir, "blank.png");
    writeFileSync(file, toPng(blankPage()));
    await oneSentence(file, "没有在这张图片上认出年报的文字");
  }, 120_000);

  it("a photo of a desk (a dark edge and a mug, no text): nothing recognised, or no report", async () => {
    const img = blankPage();
    for (let y = 0; y < img.height; y++) {
      for (let x = 0; x < img.width; x++) {
        if (y > 1200 || (x - 600) ** 2 + (y - 600) ** 2 < 240 ** 2) img.data[y * img.width + x] = 60 + ((x * 7 + y * 13) % 50);
      }
    }
    const file = join(dir, "desk.jpg");
    writeFileSync(file, toJpegOriented(img, 1));
    const run = await xxgk(["check", file]);
    expect(run.code).toBe(2);
    expect((run.out + run.err).trim().split("\n")).toHaveLength(1);
    expect(run.out + run.err).toMatch(/没有在这张图片上认出年报的文字|不是年报/);
  }, 120_000);

  it("a truncated picture, a file named .png that is none, a tiny one", async () => {
    const png = toPng(blankPage());
    writeFileSync(join(dir, "cut.png"), png.subarray(0, 4000));
    await oneSentence(join(dir, "cut.png"), "已损坏或不完整");
    writeFileSync(join(dir, "text.png"), "这不是图片");
    await oneSentence(join(dir, "text.png"), "不是能读取的图片");
    writeFileSync(join(dir, "tiny.jpg"), toJpegOriented({ width: 300, height: 420, data: new Uint8Array(300 * 420).fill(255), dpi: 36 }, 1));
    await oneSentence(join(dir, "tiny.jpg"), "太小");
  }, 120_000);

  it("import --prior with --no-ocr: last year's picture is not read either, in one sentence", async () => {
    const last = join(dir, "last.png");
    writeFileSync(last, toPng(blankPage()));
    const sample = join(__dirname, "..", "fixtures", "reports", "sample-2024-panyu-hrss.txt");
    const run = await xxgk(["import", sample, "-o", join(dir, "out.xlsx"), "--prior", last, "--no-ocr"]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(last);
    expect(run.err).toContain("已按 --no-ocr 跳过");
  }, 120_000);

  it("a TIFF of more pages than the limit: refused before any page is read", async () => {
    const file = join(dir, "long.tif");
    const page: Gray = { width: 620, height: 877, data: new Uint8Array(620 * 877).fill(255), dpi: 75 };
    toTiff(Array.from({ length: 101 }, () => page), "g4", file);
    await oneSentence(file, "超过读取上限 100 页");
  }, 120_000);
});
