import { decodeBytes } from "../../src/import";
import { UserError } from "../../src/i18n/user-error";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("decodeBytes", () => {
  it("reads UTF-8, with or without a BOM", () => {
    expect(decodeBytes(utf8("政府信息公开"))).toBe("政府信息公开");
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("年度报告")]))).toBe("年度报告");
  });

  it("reads GBK/GB18030 bytes that are not valid UTF-8", () => {
    // 政府 in GBK: D5FE B8AE; ⾏ (U+2F8F) needs GB18030's four-byte form 81 39 99 35.
    expect(decodeBytes(new Uint8Array([0xd5, 0xfe, 0xb8, 0xae, 0x81, 0x39, 0x99, 0x35]))).toBe("政府\u2f8f");
  });

  it("refuses a PDF with a Chinese sentence saying what to do", () => {
    const pdf = utf8("%PDF-1.7\n...");
    expect(() => decodeBytes(pdf)).toThrow(UserError);
    expect(() => decodeBytes(pdf)).toThrow("这不是文本文件（看起来是 PDF 文件）。请先把报告另存为文本（.txt）、网页（.html）或 Word 文档（.docx）再导入。");
  });

  it("refuses empty files and bytes that are no text encoding", () => {
    expect(() => decodeBytes(new Uint8Array([]))).toThrow("文件是空的。");
    expect(() => decodeBytes(new Uint8Array([0x41, 0xff, 0xff, 0x80]))).toThrow(/文件内容不是有效的 gb18030 文本/);
    expect(() => decodeBytes(new Uint8Array([0x41, 0x00, 0x42]))).toThrow(UserError);
  });
});

describe("a binary file of no known kind", () => {
  it("is refused as not text, without guessing a kind", () => {
    expect(() => decodeBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]))).toThrow(
      "这不是文本文件（其中有非文字的二进制内容）。",
    );
  });
});

describe("where the environment decodes UTF-8 only (Office 2019's WebView with the fallback codec)", () => {
  const native = globalThis.TextDecoder;
  beforeAll(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- swapped in for this block only
    globalThis.TextDecoder = require("../../src/webview/text-codec").Utf8Decoder;
  });
  afterAll(() => {
    globalThis.TextDecoder = native;
  });

  it("still reads UTF-8", () => {
    expect(decodeBytes(new TextEncoder().encode("表三 依申请公开"))).toBe("表三 依申请公开");
  });

  it("says a GBK file needs saving as UTF-8, instead of calling it damaged", () => {
    expect(() => decodeBytes(new Uint8Array([0xb1, 0xed, 0xc8, 0xfd]))).toThrow("当前的 Excel 环境只能识别 UTF-8");
  });
});
