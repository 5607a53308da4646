import { readFileSync } from "fs";
import { join } from "path";
import { xxgk } from "../support/cli";

const fixture = (name: string) => join(__dirname, "..", "fixtures", "reports", name);

describe("xxgk import", () => {
  it("prints the sample report's data as the JSON of DESIGN §5", async () => {
    const r = await xxgk(["import", fixture("sample-2024-panyu-hrss.txt"), "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    const expected = JSON.parse(readFileSync(fixture("sample-2024-panyu-hrss.expected.json"), "utf8"));
    expect({ t2: json.t2, t3: json.t3, t4: json.t4 }).toEqual({ t2: expected.t2, t3: expected.t3, t4: expected.t4 });
    expect(json).toMatchObject({ format: "2021", year: 2024, agency: "广州市番禺区人力资源和社会保障局" });
  });

  it("summarises in one line without --json", async () => {
    const r = await xxgk(["import", fixture("tab-2023.gb18030.txt")]);
    expect(r.out).toMatch(/2023 年度 · 某市某区卫生健康局 · 2021 格式，读到 200\/200 个表格单元格/);
  });

  it("exits 1 and says why when a report has no tables", async () => {
    const r = await xxgk(["import", fixture("text-without-tables.txt"), "--json"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("没有找到表三");
  });
});
