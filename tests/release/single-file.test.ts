// `npm run release`: the single-file programs. Builds the Linux x64 program (and the Windows one, for
// its PE check; injecting is seconds once the CLI is bundled), copies it into an empty folder and runs
// it there with no `node` on PATH and no node_modules anywhere above: it must do what the repo's CLI
// does. Node binaries come from the npm registry once, then from .cache/release-node/.
import { spawnSync } from "child_process";
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { dirname, join } from "path";
import { minimalPdf, showChinese } from "../import/pdf-fixture";
import { xxgk } from "../support/cli";
import { isPe, peResources } from "../support/pe-resources";
import type { Gray } from "../../src/ocr/gray";
import { OcrEngine } from "../../src/ocr/engine";
import { readPage } from "../../src/ocr/page";
import { PADDLE_SEA_ASSETS } from "../../src/ocr/paddle-files";
import { OCR_DPI } from "../../src/ocr/read-scan";
import { renderPages } from "../../src/ocr/render";
import { cached, scannedPages, toJpegOriented, toPng, toTiff } from "../support/scan-images";
import { scannedCopy } from "../support/scan-set";
import { describeShared, REAL_REPORTS } from "../support/shared-reports";

jest.setTimeout(120_000);

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "tests", "fixtures", "reports", "sample-2024-panyu-hrss.txt");
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const out = mkdtempSync(join(tmpdir(), "xxgk-release-"));
const work = mkdtempSync(join(tmpdir(), "xxgk-nonode-"));
const emptyBin = mkdtempSync(join(tmpdir(), "xxgk-emptybin-"));
const program = join(work, "xxgk-linux-x64");
// Nothing but an empty folder on PATH: no node, no npm, no npx.
const ENV = { PATH: emptyBin, HOME: work, LANG: "C.UTF-8" };

function run(args: string[]) {
  const r = spawnSync(program, args, { cwd: work, env: ENV, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** check --json with each file's name taken out: the program ran from its folder, the repo's CLI did not. */
const withoutFileNames = (json: string) => (JSON.parse(json) as { files: { file?: string }[] }).files.map(({ file: _, ...rest }) => rest);

/** How many figures check --json's OCR finding says were uncertain (left unread); 0 when none. */
function uncertainCount(json: string): number {
  const findings = (JSON.parse(json) as { files: { findings: { code: string; message: string }[] }[] }).files[0].findings;
  const unsure = findings.find((f) => f.code === "import.ocr.readUnsure");
  return unsure ? Number(/其中 (\d+) 个没有把握/.exec(unsure.message)?.[1]) : 0;
}

/** The same count with Tesseract alone (no third reader), from the page reader itself. */
async function uncertainByTesseractAlone(pdf: string): Promise<number> {
  const engine = await OcrEngine.load();
  let count = -1;
  try {
    await renderPages(readFileSync(pdf), [1], OCR_DPI, async (p) => {
      count = (await readPage(engine, 1, p.image, p.widthPt, p.heightPt)).uncertain.length;
    });
  } finally {
    engine.end();
  }
  return count;
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, "scripts", "release", "build.js"), "--programs-only", "--only", "linux-x64,win-x64", "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 15 * 60_000,
  });
  if (build.status !== 0) throw new Error(`release failed:\n${build.stdout}\n${build.stderr}`);
  copyFileSync(join(out, "xxgk-linux-x64"), program);
  spawnSync("chmod", ["+x", program]);
}, 15 * 60_000);

describe("xxgk-linux-x64, run with no Node installed", () => {
  it("runs from a folder with no node_modules above it and no node on PATH", () => {
    for (let dir = work; dir !== dirname(dir); dir = dirname(dir)) expect(existsSync(join(dir, "node_modules"))).toBe(false);
    expect(spawnSync("node", ["--version"], { env: ENV }).error).toMatchObject({ code: "ENOENT" });
    const r = run(["--version"]);
    expect(r).toEqual({ code: 0, out: `xxgk ${VERSION}\n`, err: "" });
  });

  it("checks the sample report, imports it into a workbook and exports that as Word", async () => {
    copyFileSync(SAMPLE, join(work, "sample.txt"));
    const check = run(["check", "sample.txt"]);
    expect(check.code).toBe(0);
    expect(check.out).toContain("广州市番禺区人力资源和社会保障局");
    // Progress goes to stderr, as the repo's CLI writes it; nothing else may (a pdf.js or Node notice).
    expect(run(["import", "sample.txt", "-o", "x.xlsx"])).toMatchObject({ code: 0, err: "已写入工作簿 x.xlsx。\n" });
    expect(withoutFileNames(run(["check", "x.xlsx", "--json"]).out)).toEqual(withoutFileNames((await xxgk(["check", join(work, "x.xlsx"), "--json"])).out));
    expect(run(["export", "x.xlsx", "-o", "x.docx"])).toMatchObject({ code: 0, err: "已导出完整报告（含表二、表三、表四）：x.docx\n" });
    const doc = await (await JSZip.loadAsync(readFileSync(join(work, "x.docx")))).file("word/document.xml")!.async("string");
    expect(doc).toContain("广州市番禺区人力资源和社会保障局");
  });

  it("reads a PDF whose Chinese font needs a CMap, with PDFium from inside the program", () => {
    writeFileSync(join(work, "cmap.pdf"), minimalPdf([showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760)]));
    const r = run(["import", "cmap.pdf", "--json"]);
    expect(r.err).not.toMatch(/CMap|Warning/);
    expect(r.out).toContain("某区人民政府");
  });

  it("checks a folder on worker threads, as the repo's CLI does", async () => {
    const dir = join(work, "folder");
    mkdirSync(dir);
    copyFileSync(SAMPLE, join(dir, "a.txt"));
    writeFileSync(join(dir, "b.pdf"), minimalPdf([showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760)]));
    writeFileSync(join(dir, "c.pdf"), "not a PDF");
    // A worker that cannot load its code dies and its file is answered "unreadable", and one that loads
    // but does not serve never answers: either fails here. (Checking in one thread would pass too; the
    // pool finds its code as the asset xxgk.js, asserted in the PE test below.)
    const r = run(["check", "folder", "--json", "--jobs", "2"]);
    const here = await xxgk(["check", dir, "--json", "--jobs", "2"]);
    expect(r.err).toBe(here.err.split(dir).join("folder"));
    expect({ code: r.code, files: withoutFileNames(r.out) }).toEqual({ code: here.code, files: withoutFileNames(here.out) });
    expect(withoutFileNames(r.out).map((f) => (f as { status?: string }).status)).toEqual(["ok", expect.any(String), "unreadable"]);
  });

  describeShared("on a real published PDF", () => {
    it("finds exactly what the repo's CLI finds", async () => {
      const pdf = join(REAL_REPORTS, "huaian-hongze-2023.pdf");
      const r = run(["check", pdf, "--json"]);
      const here = await xxgk(["check", pdf, "--json"]);
      expect(r.err).toBe("");
      expect({ code: r.code, out: r.out }).toEqual({ code: here.code, out: here.out });
      expect(JSON.parse(r.out).files[0].status).not.toBe("unreadable");
    });

    // The OCR engine (Tesseract's wasm and its traineddata) travels as assets of the program.
    it("reads a scanned page with the OCR inside the program, as the repo's CLI does", async () => {
      const scan = await scannedCopy(join(REAL_REPORTS, "huaian-city-2024.pdf"), "huaian-city-2024", 3, [3]);
      const r = run(["check", scan, "--json"]);
      const here = await xxgk(["check", scan, "--json"]);
      expect(r.err).toBe("");
      expect({ code: r.code, files: withoutFileNames(r.out) }).toEqual({ code: here.code, files: withoutFileNames(here.out) });
      const file = JSON.parse(r.out).files[0] as { ocr?: boolean; ocrCells?: unknown[] };
      expect(file.ocr).toBe(true);
      expect(file.ocrCells?.length).toBeGreaterThan(0);
    });

    // PaddleOCR's recogniser travels as assets too (src/ocr/paddle-files.ts: its model and dictionary,
    // ONNX Runtime's ES module and WebAssembly). On this page (tests/ocr/page-paddle.test.ts) Tesseract
    // alone leaves figures uncertain that PaddleOCR settles: a program without the third reader leaves
    // more of them unread than the repo's CLI, and says so in its finding.
    it("reads a scanned page with PaddleOCR as the third reader inside the program, as the repo's CLI does", async () => {
      const scan = await scannedCopy(join(REAL_REPORTS, "huaian-city-2024.pdf"), "huaian-city-2024", 3, [4]);
      const r = run(["check", scan, "--json"]);
      const here = await xxgk(["check", scan, "--json"]);
      expect(r.err).toBe("");
      const unsure = uncertainCount(r.out);
      const alone = await uncertainByTesseractAlone(scan);
      console.log(`huaian-city-2024 page 4 as a scan: ${unsure} figures uncertain by the program, ${uncertainCount(here.out)} by the repo's CLI, ${alone} by Tesseract alone`);
      expect(unsure).toBe(uncertainCount(here.out));
      expect(unsure).toBeLessThan(alone);
      expect({ code: r.code, files: withoutFileNames(r.out) }).toEqual({ code: here.code, files: withoutFileNames(here.out) });
    });

    // The picture decoders (pngjs, jpeg-js, utif2 with its G4 and pako) are bundled into the program.
    it("reads pictures (PNG, JPEG, a G4 TIFF) on worker threads, as the repo's CLI does", async () => {
      const dir = join(work, "pictures");
      mkdirSync(dir);
      const png = await cached("huaian-city-2024-s3-p3.png", async (path) => writeFileSync(path, toPng((await scannedPages(join(REAL_REPORTS, "huaian-city-2024.pdf"), [3], 3))[0])));
      copyFileSync(png, join(dir, "a.png"));
      const blank: Gray = { width: 1240, height: 1754, data: new Uint8Array(1240 * 1754).fill(255), dpi: 150 };
      writeFileSync(join(dir, "b.jpg"), toJpegOriented(blank, 6));
      toTiff([blank], "g4", join(dir, "c.tif"));
      const r = run(["check", "pictures", "--json", "--jobs", "2"]);
      const here = await xxgk(["check", dir, "--json", "--jobs", "2"]);
      expect(r.err).toBe(here.err.split(dir).join("pictures"));
      expect({ code: r.code, files: withoutFileNames(r.out) }).toEqual({ code: here.code, files: withoutFileNames(here.out) });
      const files = JSON.parse(r.out).files as { ocr?: boolean; message?: string }[];
      expect(files[0].ocr).toBe(true);
      // The blank pages were decoded and read (nothing found), not refused as damaged.
      for (const f of files.slice(1)) expect(f.message).toContain("没有在这张图片上认出年报的文字");
    });
  });
});

describe("xxgk-win-x64.exe", () => {
  it("is a PE executable whose resources carry the bundled CLI as NODE_SEA_BLOB, with the SEA fuse set", () => {
    const exe = readFileSync(join(out, "xxgk-win-x64.exe"));
    expect(isPe(exe)).toBe(true);
    const blob = peResources(exe).find((r) => r.name === "NODE_SEA_BLOB");
    expect(blob?.type).toBe(10); // RT_RCDATA
    expect(blob!.data.includes("serveBatchJobs")).toBe(true); // the CLI, bundled
    // PDFium's WebAssembly (its magic number) and the bundle for worker threads, as assets; no pdf.js.
    expect(blob!.data.includes("pdfium.wasm")).toBe(true);
    expect(blob!.data.includes(Buffer.from([0, 0x61, 0x73, 0x6d]))).toBe(true);
    expect(blob!.data.includes("xxgk.js")).toBe(true);
    // PaddleOCR's recogniser and its runtime (src/ocr/paddle-files.ts), and none of the runtime's
    // WebAssembly builds for GPU backends.
    for (const name of Object.values(PADDLE_SEA_ASSETS)) expect(blob!.data.includes(name)).toBe(true);
    expect(blob!.data.includes("ort-wasm-simd-threaded.jsep")).toBe(false);
    expect(blob!.data.includes("cmaps/UniGB-UCS2-H.bcmap")).toBe(false);
    expect(blob!.data.includes("pdfjsVersion")).toBe(false);
    expect(exe.includes("NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2:1")).toBe(true);
  });
});

// Debian's Wine (apt wine64, in .ci/run): the Windows program run, not only read. Wine hands Node's
// stdio pipes over as handles libuv cannot open (EBADF), so the output goes through files.
const WINE = ["/usr/lib/wine/wine64", "/usr/bin/wine64"].find((p) => existsSync(p));
const describeWine = WINE || process.env.CI ? describe : describe.skip;
if (!WINE && !process.env.CI) console.warn("xxgk-win-x64.exe under Wine: skipped, apt-get install -y wine64 to run it.");

describeWine("xxgk-win-x64.exe under Wine", () => {
  const prefix = mkdtempSync(join(tmpdir(), "xxgk-wine-"));
  const wineEnv = { ...process.env, WINEPREFIX: prefix, WINEDEBUG: "-all" };
  function wine(args: string[]) {
    if (!WINE) throw new Error("Wine is not installed: add wine64 to .ci/run's APT_PACKAGES");
    const files = { out: join(prefix, "out.txt"), err: join(prefix, "err.txt") };
    const fds = [openSync(files.out, "w"), openSync(files.err, "w")];
    const r = spawnSync(WINE, args, { cwd: work, env: wineEnv, stdio: ["ignore", fds[0], fds[1]], timeout: 180_000 });
    fds.forEach(closeSync);
    return { code: r.status, out: readFileSync(files.out, "utf8"), err: readFileSync(files.err, "utf8") };
  }

  it("runs --version and checks the sample report", () => {
    // Wine's default is Windows 7, below the Windows 8.1 that Node 22 requires.
    wine(["winecfg", "-v", "win10"]);
    copyFileSync(join(out, "xxgk-win-x64.exe"), join(work, "xxgk.exe"));
    copyFileSync(SAMPLE, join(work, "sample.txt"));
    expect(wine([join(work, "xxgk.exe"), "--version"])).toMatchObject({ code: 0, out: `xxgk ${VERSION}\n` });
    const check = wine([join(work, "xxgk.exe"), "check", "sample.txt", "--json"]);
    expect(check.code).toBe(0);
    expect(JSON.parse(check.out).files[0]).toMatchObject({ status: "ok", agency: "广州市番禺区人力资源和社会保障局" });
  });

  it("reads a PDF with the PDFium inside the .exe", () => {
    writeFileSync(join(work, "wine.pdf"), minimalPdf([showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760)]));
    const r = wine([join(work, "xxgk.exe"), "import", "wine.pdf", "--json"]);
    expect(r.out).toContain("某区人民政府");
  });

  it("checks a folder on worker threads, as the repo's CLI does", async () => {
    const dir = join(work, "wine-folder");
    mkdirSync(dir);
    copyFileSync(SAMPLE, join(dir, "a.txt"));
    writeFileSync(join(dir, "b.pdf"), minimalPdf([showChinese("某区人民政府2024年政府信息公开工作年度报告", 72, 760)]));
    writeFileSync(join(dir, "c.pdf"), "not a PDF");
    const r = wine([join(work, "xxgk.exe"), "check", "wine-folder", "--json", "--jobs", "2"]);
    const here = await xxgk(["check", dir, "--json", "--jobs", "2"]);
    expect({ code: r.code, files: withoutFileNames(r.out) }).toEqual({ code: here.code, files: withoutFileNames(here.out) });
  });
});
