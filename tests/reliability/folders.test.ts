// Issue 19, a folder walk that survives the folder, and output that cannot forge the terminal; issue
// 18, every file accounted for. The folders are made here: an unreadable subfolder and file (the
// system's refusal simulated, since tests may run as root), symbolic links and a loop, names that
// are not UTF-8 or hold a newline, old WPS/Excel formats, two reports of one agency and year.
import { mkdirSync, promises as fsp, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { xxgk } from "../support/cli";
import { oneSentence, SAMPLE_TXT, sampleText, scratch } from "./support";

jest.setTimeout(120_000);

const s = scratch("folders");
afterAll(() => s.done());
afterEach(() => jest.restoreAllMocks());

const sample = readFileSync(SAMPLE_TXT, "utf8");
const AGENCY = "广州市番禺区人力资源和社会保障局";

/** A folder of its own for one test. */
function folder(name: string): string {
  const dir = s.path(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const eaccesFor = (path: string) => Object.assign(new Error(`EACCES: permission denied, ${path}`), { code: "EACCES" });

describe("one unreadable entry is one named line; the rest is checked", () => {
  it("a subfolder the user may not read", async () => {
    const dir = folder("denied-dir");
    sampleText(join(dir, "ok.txt"));
    const locked = join(dir, "locked");
    mkdirSync(locked);
    sampleText(join(locked, "hidden.txt"));
    const readdir = fsp.readdir.bind(fsp);
    jest.spyOn(fsp, "readdir").mockImplementation((async (p: Parameters<typeof fsp.readdir>[0], o?: unknown) => {
      if (String(p) === locked) throw eaccesFor(locked);
      return readdir(p, o as never);
    }) as typeof fsp.readdir);
    const r = await xxgk(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`✘ ${locked}：无法读取 — 没有读取这个文件的权限`);
    expect(r.out).toContain(`✔ ${join(dir, "ok.txt")}`);
    expect(r.out).toContain("共 2 个文件");
  });

  it("a file the user may not read", async () => {
    const dir = folder("denied-file");
    sampleText(join(dir, "a.txt"));
    const locked = sampleText(join(dir, "b.txt"));
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
      if (String(a[0]) === locked) throw eaccesFor(locked);
      return open(...a);
    });
    const r = await xxgk(["check", dir]);
    expect(r.code).toBe(2);
    expect(r.out).toContain(`✘ ${locked}：无法读取 — 没有读取这个文件的权限`);
    expect(r.out).toContain(`✔ ${join(dir, "a.txt")}`);
  });

  it("the same for --prior-dir: the unreadable subfolder is named, the pairing goes on", async () => {
    const dir = folder("prior-denied");
    const locked = join(dir, "locked");
    mkdirSync(locked);
    writeFileSync(join(dir, "2023.txt"), sample.replace(/2024/g, "2023"));
    const readdir = fsp.readdir.bind(fsp);
    jest.spyOn(fsp, "readdir").mockImplementation((async (p: Parameters<typeof fsp.readdir>[0], o?: unknown) => {
      if (String(p) === locked) throw eaccesFor(locked);
      return readdir(p, o as never);
    }) as typeof fsp.readdir);
    const r = await xxgk(["check", SAMPLE_TXT, "--prior-dir", dir]);
    expect(r.code).toBeLessThanOrEqual(1);
    expect(r.err).toContain(`上年文件夹中的 ${locked} 无法读取`);
    // Paired with 2023.txt all the same: R6 compares with its figures.
    expect(r.out).toContain("上年报告的结转下年度继续办理");
  });
});

describe("symbolic links are followed once and listed; a loop ends", () => {
  it("a linked report and a linked folder are checked and listed; a loop back up the tree is walked once", async () => {
    const outside = folder("outside");
    const real = sampleText(join(outside, "real.txt"));
    const dir = folder("links");
    symlinkSync(real, join(dir, "linked.txt"));
    symlinkSync(outside, join(dir, "linked-folder"));
    symlinkSync(dir, join(dir, "loop"));
    const r = await xxgk(["check", dir]);
    // The report is reached twice (the link, and the folder's link): checked once.
    expect(r.out.match(/✔ /g)).toHaveLength(1);
    expect(r.out).toContain(`${join(dir, "linked.txt")} → ${real}`);
    expect(r.out).toContain(`${join(dir, "loop")} → ${dir}`);
    expect(r.out).toContain("符号链接");
  });

  it("a link loop named on the line is one sentence in words, no ELOOP", async () => {
    const dir = folder("eloop");
    symlinkSync(join(dir, "b.txt"), join(dir, "a.txt"));
    symlinkSync(join(dir, "a.txt"), join(dir, "b.txt"));
    const r = await xxgk(["check", join(dir, "a.txt")]);
    expect(r.code).toBe(2);
    const line = oneSentence(r.out);
    expect(line).toContain("绕成了循环");
    expect(line).not.toContain("ELOOP");
  });
});

describe("file names shown as given, opened by their raw bytes", () => {
  it("a name that is not UTF-8 (GBK 测试.txt) is read, its bytes shown escaped", async () => {
    const dir = folder("gbk");
    const name = Buffer.concat([Buffer.from(`${dir}/`), Buffer.from([0xb2, 0xe2, 0xca, 0xd4]), Buffer.from(".txt")]);
    writeFileSync(name, sample);
    const r = await xxgk(["check", dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`✔ ${dir}/\\xb2\\xe2\\xca\\xd4.txt：通过`);
    expect(r.out).not.toContain("找不到");
  });

  it("a name holding a newline cannot forge a verdict line", async () => {
    const dir = folder("newline");
    writeFileSync(join(dir, "bad\n✔ fake.xlsx：通过，没有发现问题.txt"), "这不是年报。");
    sampleText(join(dir, "ok.txt"));
    const r = await xxgk(["check", dir]);
    const lines = r.out.split("\n");
    expect(lines.some((l) => l.startsWith("✔ fake.xlsx"))).toBe(false);
    expect(r.out).toContain("bad\\n✔ fake.xlsx");
  });
});

describe("report text never drives the terminal, nor reaches the CSV", () => {
  it("an agency name holding ESC[2J: escaped in text, stripped in CSV, escaped as JSON escapes", async () => {
    const file = s.path("esc.txt");
    writeFileSync(file, sample.replace(AGENCY, `${AGENCY}\x1b[2J`));
    const text = await xxgk(["check", file]);
    expect(text.out).not.toContain("\x1b");
    expect(text.out).toContain("\\x1b[2J");
    const json = await xxgk(["check", file, "--json"]);
    expect(json.out).not.toContain("\x1b");
    expect(JSON.parse(json.out).files[0].agency).toBe(`${AGENCY}\x1b[2J`);
    const csv = s.path("esc.csv");
    await xxgk(["check", file, "--report", csv]);
    const body = readFileSync(csv, "utf8");
    expect(body).not.toContain("\x1b");
    expect(body).toContain(`${AGENCY}[2J`);
  });
});

describe("every file accounted for (issue 18)", () => {
  let dir: string;
  beforeAll(() => {
    dir = folder("accounted");
    writeFileSync(join(dir, "a.txt"), sample);
    writeFileSync(join(dir, "b.txt"), sample); // the same agency and year again
    writeFileSync(join(dir, "c.txt"), sample.replace(/2024/g, "2023").replace(AGENCY, "某区财政局"));
    writeFileSync(join(dir, "d.txt"), sample.replace(AGENCY, "某区司法局"));
    for (const n of ["old.xls", "wps-sheet.et", "wps-text.wps"]) writeFileSync(join(dir, n), "binary");
  });

  it("text: each skipped file with why, the pair named together, the other year named, all counted", async () => {
    const r = await xxgk(["check", dir]);
    expect(r.out).toContain(`${join(dir, "old.xls")}：旧版 Excel 工作簿（.xls），未校验；请在 Excel 或 WPS 中另存为 .xlsx`);
    expect(r.out).toContain(`${join(dir, "wps-sheet.et")}：WPS 表格文件（.et），未校验；请在 WPS 中另存为 .xlsx`);
    expect(r.out).toContain(`${join(dir, "wps-text.wps")}：WPS 文字文件（.wps），未校验；请在 WPS 中另存为 .docx`);
    expect(r.out).toContain(`${join(dir, "a.txt")}、${join(dir, "b.txt")} 是同一机关（${AGENCY}）同一年度（2024）的报告`);
    expect(r.out).toContain(`${join(dir, "c.txt")} 是 2023 年度的报告，而其余多数是 2024 年度的`);
    expect(r.out).toContain("共 7 个文件：");
    expect(r.out).toContain("未校验 3");
  });

  it("--json: skipped files and notes", async () => {
    const j = JSON.parse((await xxgk(["check", dir, "--json"])).out);
    expect(j.skipped.map((x: { file: string }) => x.file)).toEqual(["old.xls", "wps-sheet.et", "wps-text.wps"].map((n) => join(dir, n)));
    expect(j.notes.map((n: { code: string }) => n.code)).toEqual(expect.arrayContaining(["cli.skip.xls", "cli.skip.et", "cli.skip.wps", "cli.batch.sameReport", "cli.batch.otherYear"]));
  });

  it("the summary's 问题 sheet lists the skipped files", async () => {
    const out = s.path("accounted.xlsx");
    await xxgk(["check", dir, "--report", out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const sheet = wb.getWorksheet("问题");
    const rows: string[] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).join("|")));
    // The summary names files relative to the folder checked (issue 18, part 5).
    for (const n of ["old.xls", "wps-sheet.et", "wps-text.wps"]) expect(rows.some((r) => r.split("|").includes(n) && r.includes("未校验"))).toBe(true);
  });
});

describe("--prior of another agency or a later year warns in every command (one message)", () => {
  const other = () => {
    const f = s.path("other-2023.txt");
    writeFileSync(f, sample.replace(/2024/g, "2023").replace(AGENCY, "某区财政局"));
    return f;
  };
  const later = () => {
    const f = s.path("later-2025.txt");
    writeFileSync(f, sample.replace(/2024/g, "2025"));
    return f;
  };

  it.each([
    ["check", (p: string) => ["check", SAMPLE_TXT, "--prior", p]],
    ["import", (p: string) => ["import", SAMPLE_TXT, "--prior", p, "-o", s.path(`imp-${Math.random().toString(36).slice(2)}.xlsx`)]],
    ["template", (p: string) => ["template", s.path(`tpl-${Math.random().toString(36).slice(2)}.xlsx`), "--year", "2024", "--agency", AGENCY, "--prior", p]],
    ["draft", (p: string) => ["draft", SAMPLE_TXT, "--prior", p]],
    ["export --yoy", (p: string) => ["export", SAMPLE_TXT, "--yoy", "--prior", p, "-o", s.path(`exp-${Math.random().toString(36).slice(2)}.md`)]],
  ])("%s", async (_, argv) => {
    const a = await xxgk(argv(other()));
    expect(a.err).toContain("上年文件是“某区财政局”的报告，而本报告是“广州市番禺区人力资源和社会保障局”的");
    const b = await xxgk(argv(later()));
    expect(b.err).toContain("上年文件是 2025 年度的报告，而本报告是 2024 年度");
  });
});
