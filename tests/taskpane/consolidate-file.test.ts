/** @jest-environment jsdom */
// 汇总 in the pane reads each part under the same size limits as the command line (import/limits.ts):
// an oversized file is refused by its size, in a sentence naming the limit, before a byte is read.
import { LIMITS } from "../../src/import/limits";
import { loadPartFile } from "../../src/taskpane/consolidate-file";

test("a part over its kind's limit is refused in one sentence, unread", async () => {
  const file = new File(["x"], "某局2024年报.txt");
  Object.defineProperty(file, "size", { value: LIMITS.text.file + 1 });
  const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
  const r = await loadPartFile(file, "zh-CN");
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.sentence).toContain("某局2024年报.txt");
  expect(r.sentence).toContain("10 MB");
  expect(r.sentence).not.toMatch(/\{\w+\}/);
  expect(read).not.toHaveBeenCalled();
});
