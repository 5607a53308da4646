// 使用说明.docx (npm run release) is made from docs/clerk-guide.md: its headings, its words and its pictures.
import JSZip from "jszip";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a build script in plain JS
const { guideDocx } = require("../../scripts/release/guide-docx.js") as { guideDocx: (file: string) => Promise<Buffer> };

it("turns the guide into a Word document with its headings and pictures", async () => {
  const zip = await JSZip.loadAsync(await guideDocx(join(__dirname, "..", "..", "docs", "clerk-guide.md")));
  const xml = await zip.file("word/document.xml")!.async("string");
  expect(xml).toContain("政务公开年报助手 使用说明");
  expect(xml).toContain("在 Excel 中使用");
  expect(xml).toContain("xxgk check 2025年报.xlsx");
  expect(xml).not.toContain("](images/"); // pictures are pictures, not Markdown
  expect(Object.keys(zip.files).filter((f) => f.startsWith("word/media/"))).toHaveLength(1);
});
