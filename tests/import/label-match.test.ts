import { labelTarget, matchLabel } from "../../src/import/label-match";
import { labelKey } from "../../src/import/normalize";
import { FORMAT_2021 } from "../../src/format";

const targets = FORMAT_2021.t3.rows.map((r) => labelTarget(r.label));
const keyOf = (i: number) => FORMAT_2021.t3.rows[i].key;
const match = (printed: string) => {
  const m = matchLabel(labelKey(printed), targets);
  return m && keyOf(m.index);
};

describe("matching printed row labels to the format", () => {
  it("ignores whitespace, line breaks and punctuation variants", () => {
    expect(match("(一) 予以公开")).toBe("granted");
    expect(match("2.其他法律行政法规禁止公\n\n开")).toBe("withheld2");
    expect(match("3.危及\"三安全一稳定\"")).toBe("withheld3");
  });

  it("finds the label after parents printed one character per line and a repeated header", () => {
    expect(match("三、\n本\n年\n度\n办\n理\n结\n果\n（一）予以公开")).toBe("granted");
    expect(match("（三）\n不予\n公开\n1.属于国家秘密")).toBe("withheld1");
    expect(match("申请人情况 自 然 人 法人或其他组织 总 计 商业 企业 其他 6.属于四类过程性信息")).toBe("withheld6");
  });

  it("accepts labels edited by clerks by their distinctive part", () => {
    expect(match("（二）部分公开")).toBe("partial");
    expect(match("1.本机关不掌握相关信息")).toBe("unable1");
  });

  it("does not match text that names no row", () => {
    expect(match("申请人情况 自然人 法人或其他组织")).toBeNull();
    expect(match("其他")).toBeNull();
  });
});

describe("a label with a typo", () => {
  it("matches by edit distance when nothing matches whole", () => {
    expect(match("2.其他法律行政止公开")).toBe("withheld2");
    expect(match("5.要求行政机关确认或重新出具已获取信")).toBe("refused5");
  });
});
