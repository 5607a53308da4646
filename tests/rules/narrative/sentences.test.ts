import { clauseAt, clauses, eachSentence, paragraphs, sentences } from "../../../src/rules/narrative/sentences";
import { sampleJson } from "./helpers";

describe("paragraphs", () => {
  test("PDF lines broken mid-word are joined back", () => {
    const p = paragraphs("（三）政府信息管理情况。加强组织领导，健全工作机\n\n 制。对政府信息进行保密审核。\n");
    expect(p).toEqual(["（三）政府信息管理情况。加强组织领导，健全工作机制。对政府信息进行保密审核。"]);
  });

  test("a heading line without a full stop stands alone", () => {
    expect(paragraphs("（一）主动公开\n本年度主动公开政府信息 2391 条。")).toEqual(["（一）主动公开", "本年度主动公开政府信息 2391 条。"]);
  });

  test("a heading starts a new paragraph even mid-flow", () => {
    expect(paragraphs("全部办结\n（二）依申请公开做到高效高质。")).toEqual(["全部办结", "（二）依申请公开做到高效高质。"]);
  });

  test("clean paragraphs separated by newlines stay as they are", () => {
    expect(paragraphs("第一段。\n第二段。")).toEqual(["第一段。", "第二段。"]);
  });

  test("nothing in, nothing out", () => {
    expect(paragraphs(undefined)).toEqual([]);
    expect(paragraphs("  \n\n ")).toEqual([]);
  });
});

describe("sentences", () => {
  test("split at 。！？ with the sample's numbers kept whole across line breaks", () => {
    const all = sentences(sampleJson().narrative["1"]).map((s) => s.text);
    expect(all).toContain("规范办理流程和答复文书，切实提高政府信息公开申请办理效率，2024 年收到政府信息公开申请 62 件，全部办结。");
    expect(all).toContain("答复政府信息公开申请共 56 件，其中公开 31 件（予以公开 25 件、部分公开 6 件），不予公开 9 件。");
  });

  test("a closing bracket or quote stays with its sentence", () => {
    expect(sentences("收到申请 5 件（含上年结转 1 件。）其余办结。").map((s) => s.text)).toEqual([
      "收到申请 5 件（含上年结转 1 件。）",
      "其余办结。",
    ]);
  });
});

describe("eachSentence", () => {
  test("hands out sentences one at a time, with their paragraph, as sentences lists them", () => {
    const text = "第一段第一句。第一段第二句！\n第二段。";
    expect([...eachSentence(text)]).toEqual(sentences(text));
    expect(sentences(text)).toEqual([
      { text: "第一段第一句。", paragraph: 0 },
      { text: "第一段第二句！", paragraph: 0 },
      { text: "第二段。", paragraph: 1 },
    ]);
  });

  test("two sections read side by side do not disturb each other", () => {
    const a = eachSentence("甲一。甲二。甲三。");
    const b = eachSentence("乙一。乙二。");
    const read: string[] = [];
    for (let x = a.next(), y = b.next(); !x.done || !y.done; x = a.next(), y = b.next()) {
      if (!x.done) read.push(x.value.text);
      if (!y.done) read.push(y.value.text);
    }
    expect(read).toEqual(["甲一。", "乙一。", "甲二。", "乙二。", "甲三。"]);
  });
});

describe("clauses", () => {
  test("split at ，；： with offsets into the sentence", () => {
    const s = "收到申请 62 件，其中：网上申请 62 件；全部办结。";
    expect(clauses(s).map((c) => c.text)).toEqual(["收到申请 62 件", "其中", "网上申请 62 件", "全部办结。"]);
    expect(clauseAt(s, s.indexOf("网上")).start).toBe(s.indexOf("网上"));
  });
});
