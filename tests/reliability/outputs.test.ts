// Issue 11, outputs: no -o path is overwritten by accident, and a failed write leaves the old file
// whole and nothing behind. Each case asserts the exit code, one sentence, the input's checksum and
// the output absent or intact.
import { linkSync, lstatSync, mkdirSync, promises as fsp, readFileSync, rmSync, symlinkSync, writeFileSync } from "fs";
import { readWorkbook } from "../../src/xlsx/read-workbook";
import { tempPathOf } from "../../src/cli/output";
import { xxgk } from "../support/cli";
import { checksum, leftovers, oneSentence, sampleText, scratch } from "./support";

// Generous: these make large inputs, and the machine is shared; no test here asserts a time.
jest.setTimeout(60_000);

const s = scratch("outputs");
afterAll(() => s.done());

/** A report workbook made by the tool from the sample, at `name`. */
async function workbook(name: string): Promise<string> {
  const out = s.path(name);
  const r = await xxgk(["import", sampleText(s.path(`${name}.src.txt`)), "-o", out]);
  expect(r.code).toBe(0);
  return out;
}

describe("an output that is one of the inputs is refused before anything is written", () => {
  it("import book.xlsx -o book.xlsx", async () => {
    const book = await workbook("same.xlsx");
    const before = checksum(book);
    const r = await xxgk(["import", book, "-o", book]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("就是输入文件");
    expect(checksum(book)).toBe(before);
  });

  it("through a symlink and through a hard link", async () => {
    const book = await workbook("linked.xlsx");
    const before = checksum(book);
    symlinkSync(book, s.path("sym.xlsx"));
    linkSync(book, s.path("hard.xlsx"));
    for (const out of [s.path("sym.xlsx"), s.path("hard.xlsx")]) {
      const r = await xxgk(["import", book, "-o", out]);
      expect(r.code).toBe(2);
      expect(oneSentence(r.err)).toContain("就是输入文件");
    }
    expect(checksum(book)).toBe(before);
  });

  it("export x.txt -o x.txt, even with --force", async () => {
    const txt = sampleText(s.path("x.txt"));
    const before = checksum(txt);
    for (const extra of [[], ["--force"]]) {
      const r = await xxgk(["export", txt, "-o", txt, ...extra]);
      expect(r.code).toBe(2);
      expect(oneSentence(r.err)).toContain("就是输入文件");
    }
    expect(checksum(txt)).toBe(before);
  });

  it("import --prior last.txt -o last.txt (the prior file is an input too)", async () => {
    const txt = sampleText(s.path("r.txt"));
    const last = await workbook("last.xlsx");
    const before = checksum(last);
    const r = await xxgk(["import", txt, "--prior", last, "-o", last]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("就是输入文件");
    expect(checksum(last)).toBe(before);
  });
});

describe("an extension that does not match what is written is refused", () => {
  it("import r.txt -o r.txt, -o notes.txt and -o out.docx", async () => {
    const txt = sampleText(s.path("ext.txt"));
    const notes = s.path("notes.txt");
    writeFileSync(notes, "我的笔记");
    const before = [checksum(txt), checksum(notes)];
    for (const out of [txt, notes, s.path("out.docx")]) {
      const r = await xxgk(["import", txt, "-o", out]);
      expect(r.code).toBe(2);
      expect(oneSentence(r.err)).toContain("扩展名与写入的内容不符");
    }
    expect([checksum(txt), checksum(notes), checksum(s.path("out.docx"))]).toEqual([...before, null]);
  });

  it("template out.docx", async () => {
    const r = await xxgk(["template", s.path("t.docx")]);
    expect(r.code).toBe(2);
    expect(checksum(s.path("t.docx"))).toBeNull();
  });
});

describe("an existing file is not replaced without --force", () => {
  it("export over an existing .docx: refused, then replaced with --force", async () => {
    const txt = sampleText(s.path("e.txt"));
    const docx = s.path("old.docx");
    writeFileSync(docx, "旧文档");
    const before = checksum(docx);
    const r = await xxgk(["export", txt, "-o", docx]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("已存在，未覆盖");
    expect(checksum(docx)).toBe(before);
    const forced = await xxgk(["export", txt, "-o", docx, "--force"]);
    expect(forced.code).toBe(0);
    expect(readFileSync(docx).subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("import into an unrelated existing .xlsx: refused; template over one: refused", async () => {
    const other = s.path("budget.xlsx");
    writeFileSync(other, "不是工作簿");
    const before = checksum(other);
    const r = await xxgk(["import", sampleText(s.path("u.txt")), "-o", other]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("不是本工具生成的年报工作簿");
    const t = await xxgk(["template", other]);
    expect(t.code).toBe(2);
    expect(checksum(other)).toBe(before);
  });
});

it("updating a workbook through a symlink writes the file it names and keeps the link", async () => {
  const book = await workbook("real.xlsx");
  const link = s.path("link.xlsx");
  symlinkSync(book, link);
  const r = await xxgk(["import", sampleText(s.path("l.txt")), "-o", link]);
  expect(r.code).toBe(0);
  expect(lstatSync(link).isSymbolicLink()).toBe(true);
  expect((await readWorkbook(readFileSync(book), book)).report.year).toBe(2024);
});

describe("write failures: one write sentence naming the file and the cause, the old file whole, no temp file", () => {
  // Only the write fails: inputs are opened too (a bounded read, issue 19), and must still be read.
  const failOpen = (code: string) => {
    const open = fsp.open.bind(fsp);
    return jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
      if (!String(a[0]).includes(".xxgk-writing")) return open(...a);
      throw Object.assign(new Error(`${code}: raw system text`), { code });
    });
  };
  afterEach(() => jest.restoreAllMocks());

  it.each([
    ["EROFS", "只读"],
    ["EACCES", "没有写入权限"],
    ["ENAMETOOLONG", "太长"],
  ])("%s", async (code, words) => {
    const txt = sampleText(s.path(`f-${code}.txt`));
    const out = s.path(`f-${code}.docx`);
    failOpen(code);
    const r = await xxgk(["export", txt, "-o", out]);
    expect(r.code).toBe(2);
    const line = oneSentence(r.err);
    expect(line).toContain(`无法写入 ${out}：`);
    expect(line).toContain(words);
    expect(line).not.toContain("raw system text");
    expect(checksum(out)).toBeNull();
  });

  it("a full disk while writing leaves the old workbook whole and no temporary file", async () => {
    const book = await workbook("full.xlsx");
    const before = checksum(book);
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
      const h = await open(...a);
      if (String(a[0]).includes(".xxgk-writing")) {
        // Half the bytes land, then the disk is full: as a real ENOSPC does.
        h.writeFile = async (data: string | Uint8Array) => {
          const bytes = typeof data === "string" ? new TextEncoder().encode(data) : data;
          await h.write(bytes.subarray(0, bytes.length >> 1));
          throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
        };
      }
      return h;
    });
    const r = await xxgk(["import", sampleText(s.path("full.txt")), "-o", book, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("磁盘空间已满");
    expect(checksum(book)).toBe(before);
    expect(leftovers(s.dir)).toEqual([]);
  });

  it("an interrupt (Ctrl+C) while writing removes the temporary file, leaves the old file whole, and still ends the process", async () => {
    const book = await workbook("interrupted.xlsx");
    const before = checksum(book);
    const kill = jest.spyOn(process, "kill").mockImplementation(() => true);
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, "open").mockImplementation(async (...a: Parameters<typeof fsp.open>) => {
      const h = await open(...a);
      if (String(a[0]).includes(".xxgk-writing")) {
        h.writeFile = async (data: string | Uint8Array) => {
          await h.write(typeof data === "string" ? new TextEncoder().encode(data.slice(0, 10)) : data.subarray(0, 100));
          process.emit("SIGINT", "SIGINT");
          await new Promise((r) => setTimeout(r, 50)); // the handler removes the temporary file
          throw Object.assign(new Error("interrupted"), { code: "EINTR" });
        };
      }
      return h;
    });
    const r = await xxgk(["import", sampleText(s.path("int.txt")), "-o", book, "--force"]);
    expect(r.code).toBe(2);
    expect(kill).toHaveBeenCalledWith(process.pid, "SIGINT");
    expect(checksum(book)).toBe(before);
    expect(leftovers(s.dir)).toEqual([]);
    expect(process.listenerCount("SIGINT")).toBe(0);
  });

  it("a missing output folder (a real one)", async () => {
    const out = s.path("no/such/folder/r.xlsx");
    const r = await xxgk(["import", sampleText(s.path("m.txt")), "-o", out]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toBe(`无法写入 ${out}：所在的文件夹不存在，请先建好文件夹或换一个路径。`);
  });

  it("a name too long for the file system (a real one)", async () => {
    const out = s.path(`${"年".repeat(100)}.xlsx`);
    const r = await xxgk(["template", out]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("文件名或路径太长");
  });

  it("a folder as output", async () => {
    mkdirSync(s.path("a-folder.xlsx"));
    const r = await xxgk(["template", s.path("a-folder.xlsx")]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("这是一个文件夹");
  });
});

describe("concurrent writers cannot interleave", () => {
  it("a writer finding another's temporary file stops with a sentence; the target stays whole", async () => {
    const book = await workbook("busy.xlsx");
    const before = checksum(book);
    writeFileSync(tempPathOf(book), "another writer's half");
    const r = await xxgk(["import", sampleText(s.path("b.txt")), "-o", book, "--force"]);
    expect(r.code).toBe(2);
    expect(oneSentence(r.err)).toContain("另一个程序正在写入");
    expect(checksum(book)).toBe(before);
    rmSync(tempPathOf(book));
  });

  it("ten imports into one file at once leave one whole workbook", async () => {
    const txt = sampleText(s.path("c.txt"));
    const out = s.path("concurrent.xlsx");
    const runs = await Promise.all(Array.from({ length: 10 }, () => xxgk(["import", txt, "-o", out, "--force"])));
    for (const r of runs) expect(r.code === 0 || /另一个程序正在写入/.test(r.err)).toBe(true);
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const back = await readWorkbook(readFileSync(out), out);
    expect(back.report.year).toBe(2024);
    expect(leftovers(s.dir)).toEqual([]);
  });
});
