import { getFormat } from "../../../src/format";
import { applicantReadings, claimBefore } from "../../../src/rules/narrative/claims";

const id = (segment: string) => claimBefore(segment)?.spec.id ?? null;
const F21 = getFormat("2021");

describe("claimBefore: the words right before a number name its table value", () => {
  test.each([
    ["2024 年收到政府信息公开申请 ", "received"],
    ["本年度共受理政府信息公开申请共计 ", "received"],
    ["申请总量为 ", "received"],
    ["列入统计 ", "counted"],
    ["答复政府信息公开申请共 ", "answered"],
    ["办结 ", "answered"],
    ["共计办理 ", "handled"],
    ["其中公开 ", "opened"],
    ["（予以公开 ", "granted"],
    ["、部分公开 ", "partial"],
    ["，不予公开 ", "withheld"],
    ["无法提供 ", "unable"],
    ["本机关不掌握相关政府信息 ", "notHeld"],
    ["不予处理 ", "refused"],
    ["其他处理 ", "otherHandling"],
    ["上年结转 ", "carriedIn"],
    ["结转下年度继续办理 ", "carriedOut"],
    ["尚在办理中的 ", "carriedOut"],
    ["被申请行政复议 ", "review"],
    ["受理行政复议申请 ", "review"],
    ["提起行政诉讼案件 ", "suit"],
    ["印发行政规范性文件 ", "normative"],
    ["作出行政处罚决定 ", "penalty"],
  ])("%s → %s", (segment, claim) => expect(id(segment)).toBe(claim));

  test.each([
    ["及时主动公开行政执法、招考信息等政府信息 "],
    ["网上申请 "],
    ["申请人自行撤销 "],
    ["实际收取信息处理费 "],
    ["获得群众赠送锦旗 "],
    ["依申请公开 "],
    ["政务公开 "],
    ["办理流程优化后的平均时限为 "],
  ])("no claim: %s", (segment) => expect(id(segment)).toBeNull());

  test("the claim nearest the number wins, the longer on a tie", () => {
    expect(id("答复申请中不予公开 ")).toBe("withheld");
    expect(id("对申请不予处理 ")).toBe("refused");
    expect(id("未办结 ")).toBe("carriedOut");
  });

  test("claims joined by 、 and 和, and 各", () => {
    const c = claimBefore("发生行政复议、行政诉讼各 ");
    expect(c?.spec.id).toBe("suit");
    expect(c?.joined.map((j) => j.spec.id)).toEqual(["review"]);
    expect(c?.each).toBe(true);
    expect(claimBefore("行政复议和行政诉讼案件 ")?.each).toBe(false);
  });
});

describe("readings", () => {
  const received = claimBefore("收到申请 ")!.spec;
  test("received: new, or new + carried in", () => {
    expect(received.readings(F21, "")).toEqual([["t3.new.total"], ["t3.new.total", "t3.carriedIn.total"]]);
  });

  test("不予公开 sums the eight rows of （三）", () => {
    expect(claimBefore("不予公开 ")!.spec.readings(F21, "")).toHaveLength(1);
    expect(claimBefore("不予公开 ")!.spec.readings(F21, "")[0]).toHaveLength(8);
  });

  test("the 2019 format's single 其他处理 row", () => {
    expect(claimBefore("其他处理 ")!.spec.readings(getFormat("2019"), "")).toEqual([["t3.other.total"]]);
  });

  test("table 二 needs the verb that says which column", () => {
    const spec = claimBefore("行政规范性文件 ")!.spec;
    expect(spec.readings(F21, "本年制发行政规范性文件")).toEqual([["t2.normative.issued"]]);
    expect(spec.readings(F21, "废止行政规范性文件")).toEqual([["t2.normative.repealed"]]);
    expect(spec.readings(F21, "现行有效行政规范性文件")).toEqual([["t2.normative.inForce"]]);
    expect(spec.readings(F21, "清理行政规范性文件")).toEqual([]);
    expect(spec.readings(getFormat("2019"), "制发规范性文件")).toEqual([["t2.normative.made"]]);
  });

  test("applicant columns named in the clause", () => {
    expect(applicantReadings([["t3.new.total"]], "收到自然人申请")).toEqual([["t3.new.natural"]]);
    expect(applicantReadings([["t3.new.total"]], "收到申请")).toEqual([]);
  });
});
