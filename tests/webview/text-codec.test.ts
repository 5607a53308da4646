// The UTF-8 codec the pane installs where the WebView has none behaves as the native one does.
import fc from "fast-check";
import { Utf8Decoder, Utf8Encoder } from "../../src/webview/text-codec";

describe("the UTF-8 fallback codec", () => {
  it("encodes any string as the native TextEncoder does", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme" }), (s) => Buffer.from(new Utf8Encoder().encode(s)).equals(Buffer.from(new TextEncoder().encode(s)))));
    expect([...new Utf8Encoder().encode("表三 12件 \u{1F600}")]).toEqual([...new TextEncoder().encode("表三 12件 \u{1F600}")]);
  });

  it("decodes valid UTF-8 as the native TextDecoder does, BOM included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.boolean(), (s, bom) => {
        const bytes = new TextEncoder().encode((bom ? "\ufeff" : "") + s);
        return new Utf8Decoder("utf-8", { fatal: true }).decode(bytes) === new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      }),
    );
  });

  it("in fatal mode, refuses exactly the byte strings the native decoder refuses", () => {
    const nativeOk = (b: Uint8Array) => {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const oursOk = (b: Uint8Array) => {
      try {
        new Utf8Decoder("utf-8", { fatal: true }).decode(b);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(fc.property(fc.uint8Array({ maxLength: 12 }), (b) => nativeOk(b) === oursOk(b)), { numRuns: 5000 });
    // GBK bytes for 表三 are not UTF-8.
    expect(oursOk(new Uint8Array([0xb1, 0xed, 0xc8, 0xfd]))).toBe(false);
  });

  it("knows only UTF-8: another label is a RangeError, as for an encoding a browser lacks", () => {
    expect(() => new Utf8Decoder("gb18030")).toThrow(RangeError);
    expect(new Utf8Decoder("UTF-8").encoding).toBe("utf-8");
  });
});
