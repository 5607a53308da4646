import { chineseToNumber, findNumbers, isCount } from "../../../src/rules/narrative/numbers";

const one = (s: string) => {
  const all = findNumbers(s);
  expect(all).toHaveLength(1);
  return all[0];
};

describe("findNumbers", () => {
  test("a count with its unit, spaced the way PDF text spaces it", () => {
    expect(one("收到政府信息公开申请 62 件")).toMatchObject({ value: 62, unit: "件", raw: "62 件" });
    expect(one("共发出收费通知 0件")).toMatchObject({ value: 0, unit: "件" });
    expect(isCount(one("列入统计 57 件"))).toBe(true);
  });

  test("durations, shares, money and years are not counts", () => {
    expect(one("平均答复时间 12.36 个工作日")).toMatchObject({ value: 12.36, unit: "工作日" });
    expect(one("答复率达 100%")).toMatchObject({ value: 100, unit: "%" });
    expect(one("答复率达１００％")).toMatchObject({ value: 100, unit: "%" });
    expect(one("实际收取信息处理费 0 元")).toMatchObject({ value: 0, unit: "元" });
    expect(one("2024 年度")).toMatchObject({ value: 2024, unit: "年" });
    for (const s of ["平均答复时间 12.36 个工作日", "答复率达 100%", "收取 0 元", "2024 年"]) expect(isCount(one(s))).toBe(false);
  });

  test("Chinese numerals count only with a unit", () => {
    expect(one("收到申请十二件")).toMatchObject({ value: 12, unit: "件" });
    expect(one("行政复议两件")).toMatchObject({ value: 2 });
    expect(one("二〇二四年")).toMatchObject({ value: 2024, unit: "年" });
    expect(findNumbers("一是深入贯彻落实，进一步丰富栏目，统一规范")).toEqual([]);
    expect(findNumbers("一次性告知")).toEqual([]);
  });

  test("approximate and ordinal numbers are marked, and are not counts", () => {
    expect(one("收到申请 60 余件")).toMatchObject({ value: 60, approx: true });
    expect(one("收到申请约 60 件").approx).toBe(true);
    expect(one("第二十条").ordinal).toBe(true);
    expect(isCount(one("收到申请 60 余件"))).toBe(false);
  });

  test("thousands separators and several numbers in a row", () => {
    expect(one("信访案件 1,699 宗").value).toBe(1699);
    expect(findNumbers("妥善接访群众 2932 批/5400 人").map((m) => [m.value, m.unit])).toEqual([
      [2932, "批"],
      [5400, "人"],
    ]);
    expect(findNumbers("处理 12345 热线 57367 件").map((m) => [m.value, m.unit])).toEqual([
      [12345, ""],
      [57367, "件"],
    ]);
  });
});

describe("chineseToNumber", () => {
  test.each([
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["三十五", 35],
    ["一百零三", 103],
    ["两千", 2000],
    ["一万二千", 12000],
    ["零", 0],
    ["二〇二三", 2023],
  ])("%s = %d", (s, n) => expect(chineseToNumber(s)).toBe(n));

  test("not a numeral", () => expect(chineseToNumber("统一")).toBeNull());
});
