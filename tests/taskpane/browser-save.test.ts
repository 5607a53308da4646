// Excel for Mac's Word export travels to the system browser in the fragment of the save page's URL
// (src/taskpane/browser-save.ts): the bytes and the name come back exactly; a damaged or foreign
// fragment saves nothing.
import { fileFromHash, saveUrl } from "../../src/taskpane/browser-save";

test("a file survives the trip through the URL fragment, byte for byte", () => {
  const bytes = new Uint8Array(70_000).map((_, i) => (i * 131 + 7) % 256);
  const url = saveUrl("https://xxgk.example.gov.cn/addin/save.html?x=1#old", "某局2024年政府信息公开工作年度报告.docx", bytes);
  expect(url.startsWith("https://xxgk.example.gov.cn/addin/save.html?x=1#n=")).toBe(true);
  expect(/[+/=]/.test(url.split("&b=")[1])).toBe(false); // base64url: nothing a URL would re-encode
  const back = fileFromHash(url.slice(url.indexOf("#")));
  expect(back?.name).toBe("某局2024年政府信息公开工作年度报告.docx");
  expect(Buffer.from(back!.bytes).equals(Buffer.from(bytes))).toBe(true);
});

test("every length of the last base64 group decodes", () => {
  for (const n of [1, 2, 3, 4, 5]) {
    const bytes = new Uint8Array(n).fill(200);
    const url = saveUrl("save.html", "a.txt", bytes);
    expect(Array.from(fileFromHash(url.slice(url.indexOf("#")))!.bytes)).toEqual(Array.from(bytes));
  }
});

test("a missing, damaged or foreign fragment saves nothing", () => {
  expect(fileFromHash("")).toBeNull();
  expect(fileFromHash("#n=a.docx")).toBeNull();
  expect(fileFromHash("#n=a.docx&b=")).toBeNull();
  expect(fileFromHash("#n=%E0%A4%A&b=QUJD")).toBeNull(); // broken percent-encoding
  expect(fileFromHash("#n=evil.exe&b=QUJD")).toBeNull(); // only .docx / .txt
  expect(fileFromHash("#n=..%2Fa.docx&b=QUJD")).toBeNull(); // no paths
  expect(fileFromHash("#n=a.docx&b=Q")).toBeNull(); // not base64
});
