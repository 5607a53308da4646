// A diagnosis, not a test (skipped unless XXGK_OCR_DIAG=1): for each report's scan, every figure cell
// the OCR read (page, row, column, ink box, each reading with its confidence, the figure taken) and
// every printed figure the import did not get exact, written to test-artifacts/ocr/diag-*.json and
// printed. Used to classify the unread cells (docs/ocr.md). XXGK_OCR_SEED picks another scan set.
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { importPdfFile } from "../../src/import/pdf";
import { toJson } from "../../src/model/report";
import * as pageModule from "../../src/ocr/page";
import type { FigureTrace } from "../../src/ocr/page";
import { REAL_NAMES, REAL_REPORTS } from "../support/real-reports";
import { scannedCopy, SCAN_DIR } from "../support/scan-set";
import { scanSeed } from "../support/scan-seed";

type Grid = { t2: unknown[][]; t3: unknown[][]; t4: unknown[] };
const run = process.env.XXGK_OCR_DIAG === "1" ? describe : describe.skip;
const names = (process.env.XXGK_OCR_NAMES?.split(",") ?? REAL_NAMES) as (typeof REAL_NAMES)[number][];

run.each(names)("diagnosis of %s's scan", (name) => {
  it("lists every figure cell's readings and every printed figure not read exact", async () => {
    const seed = scanSeed(name);
    const scan = await scannedCopy(join(REAL_REPORTS, `${name}.pdf`), name, seed);
    const traces: FigureTrace[] = [];
    const real = pageModule.readPage;
    const spy = jest.spyOn(pageModule, "readPage").mockImplementation((...a) => real(a[0], a[1], a[2], a[3], a[4], { ...a[5], trace: (t) => traces.push(t) }));
    const got = toJson((await importPdfFile(scan)).report);
    spy.mockRestore();
    const want = (JSON.parse(readFileSync(join(REAL_REPORTS, "expected-grids.json"), "utf8")) as Record<string, Grid>)[name];
    const cells = (g: Grid) => [
      ...g.t2.flatMap((r, i) => r.map((v, j) => [`t2[${i}][${j}]`, v] as const)),
      ...g.t3.flatMap((r, i) => r.map((v, j) => [`t3[${i}][${j}]`, v] as const)),
      ...g.t4.map((v, j) => [`t4[${j}]`, v] as const),
    ];
    const gotCells = cells(got as unknown as Grid);
    const missed = cells(want)
      .map(([at, w], i) => ({ at, want: w, got: gotCells[i][1] }))
      .filter((c) => c.want !== "X" && c.got !== c.want);
    const unsure = traces.filter((t) => t.value === null);
    const fmt = (t: FigureTrace) =>
      `p${t.page} "${t.row}" col ${t.column} ink ${t.box ? `${t.box.width}x${t.box.height}` : "-"}: ` +
      t.readings.map((r) => `${r.model}/${r.view}=${r.text}(${Math.round(r.conf)})`).join(" ");
    console.log(`${name} s${seed}: ${traces.length} figure cells, ${unsure.length} unsure\n${unsure.map(fmt).join("\n")}\nnot exact (${missed.length}):\n${missed.map((m) => `${m.at} want ${String(m.want)} got ${String(m.got)}`).join("\n")}`);
    mkdirSync(SCAN_DIR, { recursive: true });
    const crops = traces.map((t) => (t.crop ? { width: t.crop.width, height: t.crop.height, dpi: t.crop.dpi, data: Buffer.from(t.crop.data).toString("base64") } : null));
    writeFileSync(join(SCAN_DIR, `diag-${name}-s${seed}.json`), JSON.stringify({ traces: traces.map((t, i) => ({ ...t, crop: crops[i] })), missed }));
  }, 20 * 60_000);
});
