// A folder check on worker threads: the worker posts each scanned page it begins to the main thread
// (the progress line names it), and --no-ocr reaches the reader in the worker's start data (there is
// no environment variable any more). Workers load compiled JavaScript: the CLI is compiled here, as in
// batch-workers.test.ts.
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BatchRun } from "../../src/cli/batch-workers";
import type { Checked } from "../../src/cli/batch-check";
import { describeShared, REAL_REPORTS } from "../support/real-reports";
import { cached, scannedPages, toPng } from "../support/scan-images";

const root = join(__dirname, "..", "..");

describeShared("page progress and --no-ocr across worker threads", () => {
  let lib: string;
  let files: string[];
  beforeAll(async () => {
    lib = join(root, "build", `pages-test-${process.pid}`);
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.cli.json"), "--outDir", lib], { encoding: "utf8" });
    if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
    const png = await cached("huaian-city-2024-s3-p3.png", async (path) => writeFileSync(path, toPng((await scannedPages(join(REAL_REPORTS, "huaian-city-2024.pdf"), [3], 3))[0])));
    const dir = mkdtempSync(join(tmpdir(), "xxgk-pages-"));
    files = [join(dir, "a.txt"), join(dir, "b.png")];
    copyFileSync(join(REAL_REPORTS, "huaian-hongze-2024.txt"), files[0]);
    copyFileSync(png, files[1]);
  }, 300_000);
  afterAll(() => rmSync(lib, { recursive: true, force: true }));

  /** The compiled checkInOrder: its workers run lib/cli/batch-thread.js. */
  const checkInOrder = (run: BatchRun, each: (i: number, one: Checked) => void): Promise<void> =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the compiled module, so worker threads can load its siblings
    (require(join(lib, "cli", "batch-workers.js")) as typeof import("../../src/cli/batch-workers")).checkInOrder(run, each);

  it("the worker's pages reach the main thread; --no-ocr reaches the worker", async () => {
    const pages: [number, number, number][] = [];
    const results: Checked[] = [];
    await checkInOrder({ files, source: { kind: "own" }, lang: "zh-CN", jobs: 2, noOcr: false, onPage: (i, page, n) => pages.push([i, page, n]) }, (_, one) => results.push(one));
    expect(pages).toEqual([[1, 1, 1]]);
    expect(results.map((r) => r.json.ocr)).toEqual([undefined, true]);

    const off: Checked[] = [];
    await checkInOrder({ files, source: { kind: "own" }, lang: "zh-CN", jobs: 2, noOcr: true }, (_, one) => off.push(one));
    expect(off[1].json).toMatchObject({ status: "unreadable", message: expect.stringContaining("--no-ocr") });
    expect(off[0].json.status).not.toBe("unreadable");
  }, 300_000);
});
