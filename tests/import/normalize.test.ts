import { displayWidth, isCjk } from "../../src/import/normalize";

describe("displayWidth", () => {
  test("two units for a Chinese character or Chinese punctuation, one for anything else", () => {
    expect(displayWidth("")).toBe(0);
    expect(displayWidth("abc 12")).toBe(6);
    expect(displayWidth("政府信息")).toBe(8);
    expect(displayWidth("收到申请62件，")).toBe(14);
    expect(displayWidth("“公开”")).toBe(8);
  });

  test("a character outside the basic plane counts once, a lone surrogate once", () => {
    expect(displayWidth("𠀀a")).toBe(2); // U+20000: a surrogate pair, one code point
    expect(displayWidth("\ud800a")).toBe(2);
    expect(displayWidth("a\udc00")).toBe(2);
  });
});

describe("isCjk", () => {
  test("one Chinese character or Chinese punctuation mark; not Latin, not an empty string", () => {
    expect(["政", "，", "。", "“", "’", "　", "⾏"].map(isCjk)).toEqual([true, true, true, true, true, true, true]);
    expect(["a", "1", " ", "", "𠀀"].map(isCjk)).toEqual([false, false, false, false, false]);
  });
});
