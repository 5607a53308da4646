import { joinParagraphs } from "../../src/import/paragraphs";
import { textLines } from "../../src/import/lines";

const join = (text: string) => joinParagraphs(textLines(text));

describe("joining PDF lines into paragraphs", () => {
  it("joins a line not ending a sentence to the next and drops layout spaces around numbers", () => {
    expect(join("共发出收费通知 0\n\n件，实际收取信息处理费 0 元。")).toBe("共发出收费通知0件，实际收取信息处理费0元。");
  });

  it("breaks after 。；：！？ and before a sub-head", () => {
    expect(join("全部办结。\n\n其中网上申请 62 件")).toBe("全部办结。\n其中网上申请62件");
    expect(join("主动公开信息 356 条，\n（二）依申请公开")).toBe("主动公开信息356条，\n（二）依申请公开");
  });

  it("keeps a short sub-head on its own line", () => {
    expect(join("（一）主动公开\n全年主动公开政府信息 356 条。")).toBe("（一）主动公开\n全年主动公开政府信息356条。");
  });

  it("keeps spaces between Latin words and numbers, and folds Kangxi radicals", () => {
    expect(join("使用 Word 2016 编制")).toBe("使用Word 2016编制");
    expect(join("\u2f8f政许可")).toBe("行政许可");
  });

  it("does not break after a semicolon on a full-width line (a list item the page wrapped), only on a short one", () => {
    const full = "一是深入贯彻落实条例，进一步丰富政府信息公开栏目和内容；\n二是进一步提高政策解读多元化水平，积极拓展政务公开广\n度和深度，不断丰富政策解读形式。";
    expect(join(full)).toBe("一是深入贯彻落实条例，进一步丰富政府信息公开栏目和内容；二是进一步提高政策解读多元化水平，积极拓展政务公开广度和深度，不断丰富政策解读形式。");
    const short = "一是深入贯彻落实条例；\n二是进一步提高政策解读多元化水平，积极拓展政务公开广度。";
    expect(join(short)).toBe("一是深入贯彻落实条例；\n二是进一步提高政策解读多元化水平，积极拓展政务公开广度。");
  });
});

describe("a very long narrative", () => {
  it("joins 300 000 lines without running out of stack (the widest line is not found by spreading them all)", () => {
    const text = "本机关依法答复申请人。\n".repeat(300000);
    const joined = join(text);
    expect(joined.length).toBe(text.length - 1);
    expect(joined.split("\n")).toHaveLength(300000);
  });
});
