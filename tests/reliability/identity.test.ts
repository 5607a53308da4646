// Issue 19, outputs never land on inputs, by identity: a summary over a report of the folder, over
// the --prior file, over a file under --prior-dir, through a link; --force replaces what the user
// named as output, never an input. And the writer: a lock left by a killed writer is taken over; the
// write-failure sentence speaks of the old file only when there was one.
import { execFileSync } from "child_process";
import { mkdirSync, promises as fsp, readFileSync, symlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { refuseInput, tempPathOf } from "../../src/cli/output";
import { xxgk } from "../support/cli";
import { checksum, leftovers, oneSentence, SAMPLE_TXT, sampleText, scratch } from "./support";

jest.setTimeout(120_000);

const s = scratch("identity");
afterAll(() => s.done());
afterEach(() => jest.restoreAllMocks());

/** A report workbook made by the tool from the sample. */
async function workbook(path: string): Promise<string> {
  const r = await xxgk(["import", sampleText(`${path}.src.txt`), "-o", path]);
  expect(r.code).toBe(0);
  return path;
}

describe("check --report is never a file the check reads", () => {
  it("a report inside the folder, even with --force (it was left out and overwritten)", async () => {
    const dir = s.path("folder");
    mkdirSync(dir);
    sampleText(join(dir, "a.txt"));
    const book = await workbook(join(dir, "某局.xlsx"));
    const before = checksum(book);
    const r = await xxgk(["check", dir, "--report", book, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("是要校验的文件之一，不能覆盖它");
    expect(checksum(book)).toBe(before);
  });

  it("the same report reached through a link to it", async () => {
    const dir = s.path("folder-link");
    mkdirSync(dir);
    const book = await workbook(join(dir, "r.xlsx"));
    const before = checksum(book);
    const link = s.path("link-to-r.xlsx");
    symlinkSync(book, link);
    const r = await xxgk(["check", dir, "--report", link, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("不能覆盖它");
    expect(checksum(book)).toBe(before);
  });

  it("a file the folder walk skipped (an old .xls) is an input too", async () => {
    const dir = s.path("folder-xls");
    mkdirSync(dir);
    sampleText(join(dir, "a.txt"));
    const xls = join(dir, "old.xls");
    writeFileSync(xls, "binary");
    const before = checksum(xls);
    const link = s.path("summary-via-link.csv");
    symlinkSync(xls, link);
    const r = await xxgk(["check", dir, "--report", link, "--force"]);
    expect(r.code).toBe(2);
    expect(checksum(xls)).toBe(before);
    expect(oneSentence(r.err)).toContain("不能覆盖它");
  });

  it("--report equal to the --prior file just read", async () => {
    const last = await workbook(s.path("last.xlsx"));
    const before = checksum(last);
    const r = await xxgk(["check", SAMPLE_TXT, "--prior", last, "--report", last, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("是上年文件");
    expect(checksum(last)).toBe(before);
  });

  it("--report a file inside --prior-dir", async () => {
    const dir = s.path("priors");
    mkdirSync(dir);
    const inside = await workbook(join(dir, "2023.xlsx"));
    const before = checksum(inside);
    const r = await xxgk(["check", SAMPLE_TXT, "--prior-dir", dir, "--report", inside, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("是上年文件");
    expect(checksum(inside)).toBe(before);
  });

  it("--force still replaces a summary that is no input", async () => {
    const out = s.path("summary.csv");
    writeFileSync(out, "old");
    const r = await xxgk(["check", SAMPLE_TXT, "--report", out, "--force"]);
    expect(r.code).toBe(0);
    expect(checksum(out)).not.toBe(null);
  });
});

describe("the check consolidation calls with its parts", () => {
  it("refuses an output that is a part by identity (a hard link) or by the path it would create", async () => {
    const part = sampleText(s.path("part.txt"));
    const hard = s.path("hard.txt");
    execFileSync("ln", [part, hard]);
    await expect(refuseInput(hard, [part])).rejects.toMatchObject({ msg: { id: "io.write.isInput" } });
    await expect(refuseInput(join(s.dir, ".", "part.txt"), [part])).rejects.toMatchObject({ msg: { id: "io.write.isInput" } });
    await expect(refuseInput(s.path("new.xlsx"), [part])).resolves.toBeUndefined();
  });
});

describe("the writer's lock", () => {
  it("a lock left by a killed writer (its process gone) is taken over", async () => {
    const book = await workbook(s.path("killed.xlsx"));
    // A process that has ended: its id is what a writer killed mid-write leaves in the lock.
    const gone = Number(execFileSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]).toString());
    writeFileSync(tempPathOf(book), String(gone));
    writeFileSync(`${tempPathOf(book)}.${gone}`, "half a workbook");
    const r = await xxgk(["import", sampleText(s.path("k.txt")), "-o", book, "--force"]);
    expect(r.code).toBe(0);
    expect(leftovers(s.dir)).toEqual([]);
  });

  it("a lock held by a live writer still stops the write, with a sentence", async () => {
    const book = await workbook(s.path("live.xlsx"));
    const before = checksum(book);
    writeFileSync(tempPathOf(book), String(process.pid));
    const r = await xxgk(["import", sampleText(s.path("l.txt")), "-o", book, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("另一个程序正在写入");
    expect(checksum(book)).toBe(before);
    await fsp.rm(tempPathOf(book));
  });
});

describe("the write-failure sentence", () => {
  const failData = (code: string) => {
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
      const h = await open(...a);
      if (/\.xxgk-writing\.\d+$/.test(String(a[0]))) {
        h.writeFile = async () => {
          throw Object.assign(new Error(`${code}: raw`), { code });
        };
      }
      return h;
    });
  };

  it("says the old file is unchanged only when there was one", async () => {
    failData("ENOSPC");
    const fresh = await xxgk(["export", SAMPLE_TXT, "-o", s.path("fresh.docx")]);
    expect(fresh.code).toBe(2);
    expect(oneSentence(fresh.err)).not.toContain("原文件保持不变");
    const old = s.path("old.docx");
    writeFileSync(old, "old");
    const before = checksum(old);
    const again = await xxgk(["export", SAMPLE_TXT, "-o", old, "--force"]);
    expect(again.code).toBe(2);
    expect(oneSentence(again.err)).toContain("原文件保持不变");
    expect(checksum(old)).toBe(before);
  });
});

test("a narrative part over Excel's 32,767-character cell limit is refused with a sentence, not cut", async () => {
  const sample = readFileSync(SAMPLE_TXT, "utf8");
  const long = "我们坚持依法公开，做好各项工作。".repeat(2500); // 40,000 characters in section 五
  const file = s.path("long.txt");
  writeFileSync(file, sample.replace(/(五、[^\n]*\n)/, `$1${long}\n`));
  const out = s.path("long.xlsx");
  const r = await xxgk(["import", file, "-o", out]);
  expect(r.code).toBe(2);
  expect(oneSentence(r.err)).toMatch(/超过 Excel 单元格的上限 32767 个字符/);
  expect(checksum(out)).toBeNull();
});
