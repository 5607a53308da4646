// A folder check on two worker threads says exactly what a one-thread run says: the text, --json,
// the CSV and the summary workbook, byte for byte. Workers load compiled JavaScript, so the CLI is
// compiled here (as `npm install` builds lib/) into build/, and run as `node` runs it.
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { tmpdir } from "os";
import { join } from "path";
import { exportReport } from "../../src/export";
import { sampleReport } from "../support/reports";
import { describeShared, REAL_REPORTS } from "../support/shared-reports";

const root = join(__dirname, "..", "..");
const fixture = (name: string) => join(root, "tests", "fixtures", "reports", name);

describeShared("xxgk check --jobs 2 against --jobs 1", () => {
  let work: string;
  let lib: string;
  let folder: string;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "xxgk-jobs-"));
    lib = join(root, "build", `jobs-test-${process.pid}`);
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(root, "tsconfig.cli.json"), "--outDir", lib], { encoding: "utf8" });
    if (tsc.status !== 0) throw new Error(`tsc failed: ${tsc.stdout}${tsc.stderr}`);
    folder = join(work, "reports");
    mkdirSync(join(folder, "县直部门"), { recursive: true });
    // Files of every kind, fast and slow mixed, so the workers finish out of order.
    for (const name of ["huaian-city-2024.pdf", "huaian-hongze-2023.pdf", "huaian-hongze-2024.txt"]) copyFileSync(join(REAL_REPORTS, name), join(folder, name));
    copyFileSync(fixture("html-2023-spans.html"), join(folder, "县直部门", "a.html"));
    copyFileSync(fixture("pipe-2022.txt"), join(folder, "b.md"));
    for (let i = 0; i < 12; i++) {
      const r = sampleReport();
      r.agency = `某县第${i}局`;
      writeFileSync(join(folder, i % 2 ? "县直部门" : "", `${i}.${i % 3 ? "txt" : "docx"}`), await exportReport(r, i % 3 ? "txt" : "docx"));
    }
    writeFileSync(join(folder, "broken.xlsx"), "not a zip");
    writeFileSync(join(folder, "说明.txt"), "这是一个说明文件。");
  }, 300_000);
  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
    rmSync(lib, { recursive: true, force: true });
  });

  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, ["-e", `require(${JSON.stringify(join(lib, "cli", "main.js"))}).main(process.argv.slice(1)).then((c) => { process.exitCode = c; })`, ...args], { encoding: "utf8", cwd: work });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };

  /** The workbook's parts, each as text: the zip's bytes differ by the order its entries were compressed in. */
  async function parts(file: string): Promise<Record<string, string>> {
    const zip = await JSZip.loadAsync(readFileSync(file));
    const out: Record<string, string> = {};
    for (const name of Object.keys(zip.files).sort()) out[name] = await zip.files[name].async("string");
    return out;
  }

  it("the same text, JSON, CSV and workbook", async () => {
    const runs = [1, 2].map((jobs) => {
      const text = cli(["check", folder, "--jobs", String(jobs)]);
      const json = cli(["check", folder, "--jobs", String(jobs), "--json"]);
      const xlsx = join(work, `summary-${jobs}.xlsx`);
      const csv = join(work, `summary-${jobs}.csv`);
      const report = cli(["check", folder, "--jobs", String(jobs), "--report", xlsx]);
      cli(["check", folder, "--jobs", String(jobs), "--report", csv]);
      return { text, json, report, xlsx, csv };
    });
    // The compiled CLI does start worker threads (the script they run is there).
    const script = spawnSync(process.execPath, ["-e", `console.log(JSON.stringify(require(${JSON.stringify(join(lib, "cli", "batch-workers.js"))}).workerScript()))`], { encoding: "utf8" });
    expect(JSON.parse(script.stdout)).toEqual({ script: join(lib, "cli", "batch-thread.js"), eval: false });
    const [one, two] = runs;
    expect(one.text.code).toBe(2); // broken.xlsx
    // 18 reports checked and one note skipped: the closing count names every file found (issue 18).
    expect(one.text.out).toContain("共 19 个文件");
    expect(two.text).toEqual(one.text);
    expect(two.json).toEqual(one.json);
    expect(JSON.parse(one.json.out).files).toHaveLength(18);
    expect(two.report.out).toBe(one.report.out);
    expect(readFileSync(two.csv)).toEqual(readFileSync(one.csv));
    expect(await parts(two.xlsx)).toEqual(await parts(one.xlsx));
    // The streaming writer compresses its parts in one fixed order: the file itself is the same too.
    expect(readFileSync(two.xlsx).equals(readFileSync(one.xlsx))).toBe(true);
  }, 600_000);

  it("sets V8's heap growth to 100% in the process of a folder check on workers, and only there", () => {
    // Read off the call itself (docs/perf.md: the flag shows in RSS and collection counts only, which
    // no pass/fail test may time): v8.setFlagsFromString recorded before the CLI loads.
    const flagsOf = (args: string[]) => {
      const script = `const v8 = require("v8"); const seen = []; const set = v8.setFlagsFromString; v8.setFlagsFromString = (f) => { seen.push(f); set(f); };
        require(${JSON.stringify(join(lib, "cli", "main.js"))}).main(process.argv.slice(1)).then(() => process.stderr.write("\\nFLAGS " + JSON.stringify(seen)));`;
      const r = spawnSync(process.execPath, ["-e", script, ...args], { encoding: "utf8", cwd: work });
      const flags = /^FLAGS (\[.*\])$/m.exec(r.stderr)?.[1];
      if (flags === undefined) throw new Error(`no flags recorded: ${r.stderr.slice(-500)}`);
      return JSON.parse(flags) as string[];
    };
    expect(flagsOf(["check", folder, "--jobs", "2"])).toEqual(["--heap-growing-percent=100"]);
    expect(flagsOf(["check", join(folder, "b.md")])).toEqual([]);
  }, 120_000);

  it("refuses a --jobs that is not a whole number from 1", () => {
    for (const bad of ["0", "two", "-1"]) {
      const r = cli(["check", folder, "--jobs", bad]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });
});
