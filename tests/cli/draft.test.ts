import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

describe("xxgk draft", () => {
  it("prints the drafted paragraphs of a published report under their places", async () => {
    const r = await xxgk(["draft", fixture("sample-2024-panyu-hrss.txt")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("【一、总体情况 · （二）依申请公开】\n2024年，本机关新收政府信息公开申请57件。");
    expect(r.out).toContain("【表四之后的说明】\n本年度未发生政府信息公开行政复议、行政诉讼。");
  });

  it("prints JSON with each draft's figures and the cells behind them", async () => {
    const r = await xxgk(["draft", fixture("sample-2024-panyu-hrss.txt"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.drafts.map((d: { place: string }) => d.place)).toEqual(["request", "t2", "t3", "t4"]);
    expect(json.drafts[0].figures[0]).toEqual({ keys: ["t3.new.total"], value: 57 });
  });

  it("says which cells keep a paragraph from being drafted, in a sentence", async () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-draft-"));
    try {
      const r0 = await xxgk(["template", join(dir, "blank.xlsx"), "--year", "2024"]);
      expect(r0.code).toBe(0);
      const r = await xxgk(["draft", join(dir, "blank.xlsx")]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/未起草：表三.*本年新收政府信息公开申请数量.*未填写或不是数字/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 with a sentence when the file cannot be read or is not given", async () => {
    expect((await xxgk(["draft"])).code).toBe(2);
    const dir = mkdtempSync(join(tmpdir(), "xxgk-draft-"));
    writeFileSync(join(dir, "x.xlsx"), "not a workbook");
    const r = await xxgk(["draft", join(dir, "x.xlsx")]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/无法读取/);
  });

  it("with --prior puts each key figure beside last year's, and says 同比 in the draft", async () => {
    const r = await xxgk(["draft", fixture("sample-2024-panyu-hrss.txt"), "--prior", fixture("tab-2023.txt")]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("新收政府信息公开申请57件，同比增长72.7%。"); // 33 last year
    expect(r.out).toContain("【同比（与 2023 年度相比）】\n本年新收申请：本年 57，上年 33，增长24（+72.7%）");
    expect(r.out).toContain("不予处理：本年 0，上年 0，持平");
    const json = JSON.parse((await xxgk(["draft", fixture("sample-2024-panyu-hrss.txt"), "--prior", fixture("tab-2023.txt"), "--json"])).out);
    expect(json.yoy[0]).toMatchObject({ figure: "new", now: 57, last: 33, change: 24 });
    expect((await xxgk(["draft", fixture("sample-2024-panyu-hrss.txt"), "--prior", fixture("nope.txt")])).code).toBe(2);
  });
});
