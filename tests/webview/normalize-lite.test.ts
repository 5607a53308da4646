// Trident's stand-in for normalize("NFKC") maps what it covers exactly as NFKC does, and installs
// itself only where normalize is missing.
import { installNormalize, nfkcLite } from "../../src/webview/normalize-lite";

const covered = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i));

test("full-width ASCII, wide spaces, full-width signs and circled numbers map as NFKC maps them", () => {
  const chars = [...covered(0xff01, 0xff5e), "\u3000", "\u00a0", ...covered(0x2002, 0x200a), "\uffe0", "\uffe1", "\uffe2", "\uffe4", "\uffe5", ...covered(0x2460, 0x2473)];
  for (const ch of chars) expect([ch, nfkcLite(ch)]).toEqual([ch, ch.normalize("NFKC")]);
  expect(nfkcLite("（一）２０２４年　ＡＢＣ")).toBe("(一)2024年 ABC");
});

test("everything else is left as it is (Chinese text unchanged)", () => {
  expect(nfkcLite("政府信息公开工作年度报告、。")).toBe("政府信息公开工作年度报告、。");
});

test("installs only where normalize is missing; NFC/NFD leave the text, an unknown form is a RangeError", () => {
  const native = { normalize: () => "native" };
  installNormalize(native);
  expect(native.normalize()).toBe("native");
  const bare: { normalize?: (f?: string) => string } = {};
  installNormalize(bare);
  expect(bare.normalize!.call("ＡＢ", "NFKC")).toBe("AB");
  expect(bare.normalize!.call("ＡＢ")).toBe("ＡＢ");
  expect(() => bare.normalize!.call("x", "NFX")).toThrow(RangeError);
});
