import { errorCode, errorSentence } from "../../src/taskpane/errors";

const officeError = (code: string, message = "x") => Object.assign(new Error(message), { code });

test.each([
  ["ItemNotFound", "找不到所需的工作表或单元格"],
  ["InvalidArgument", "参数无效"],
  ["AccessDenied", "工作表受保护"],
  ["GeneralException", "Excel 处理请求时出错"],
  ["InvalidOperation", "不允许此操作"],
])("%s becomes a Chinese sentence", (code, words) => {
  expect(errorSentence(officeError(code), "zh-CN")).toContain(words);
});

test("English when the pane is English", () => {
  expect(errorSentence(officeError("AccessDenied"), "en-US")).toMatch(/protected/);
});

test("an unknown error is shown with its own message, never swallowed", () => {
  expect(errorSentence(officeError("Weird", "the disk is on fire"), "zh-CN")).toBe("操作未能完成：Weird: the disk is on fire");
  expect(errorSentence("plain", "zh-CN")).toContain("plain");
  expect(errorCode({})).toBeNull();
});
