/** @jest-environment jsdom */
// Issue 11: the pane's 导入上年数据 applies the CLI's size limits before reading a byte.
import { loadPriorFile } from "../../src/taskpane/prior-file";
import { LIMITS } from "../../src/import/limits";

it("a last-year file over its limit gets the limit's sentence, and is not read", async () => {
  const file = new File(["一"], "2023年报.txt", { type: "text/plain" });
  Object.defineProperty(file, "size", { value: LIMITS.text.file + 1 });
  const read = jest.spyOn(FileReader.prototype, "readAsArrayBuffer");
  const got = await loadPriorFile(file, 2024, "2021", "zh-CN");
  expect(got.ok).toBe(false);
  expect(got.ok ? "" : got.sentence).toContain("超过文本文件的上限 10 MB");
  expect(read).not.toHaveBeenCalled();
});
