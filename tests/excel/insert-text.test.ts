// 起草 → 插入's text handling: the draft follows what the cell holds, and a paragraph Excel would read
// as a formula is written as text.
import { appendParagraph, asText } from "../../src/excel/insert-text";

test("a draft goes after the cell's own text, on a new line", () => {
  expect(appendParagraph("", "本年度新收申请57件。")).toBe("本年度新收申请57件。");
  expect(appendParagraph("我局高度重视。\n  ", "本年度新收申请57件。")).toBe("我局高度重视。\n本年度新收申请57件。");
});

test("text starting with = + - @ gets Excel's quote prefix; other text is written as it is", () => {
  expect(asText("=1+1")).toBe("'=1+1");
  expect(asText("-3件")).toBe("'-3件");
  expect(asText("+5")).toBe("'+5");
  expect(asText("@x")).toBe("'@x");
  expect(asText("本年度=1")).toBe("本年度=1");
});
