/** @jest-environment jsdom */
// The pane opened outside Excel (a plain browser): one sentence that it must run inside Excel and how
// to load it there, Chinese first and English second; no grey dead buttons. Inside Excel the real
// pane starts.
import { boot } from "../../src/taskpane/boot";
import type { OfficeReady } from "../../src/taskpane/boot";
import { loadPaneHtml } from "./pane-harness";

function run(office: OfficeReady | undefined) {
  loadPaneHtml();
  const start = jest.fn();
  let timer: (() => void) | null = null;
  boot({ office, doc: document, start, setTimeout: (fn) => void (timer = fn) });
  return { start, fireTimeout: () => timer?.() };
}

const lead = () => document.querySelector("#outside-lead")?.textContent ?? "";

test("the page before Office answers shows no buttons at all", () => {
  loadPaneHtml();
  expect(document.querySelectorAll("button")).toHaveLength(0);
  expect(document.querySelector("#starting")?.textContent).toContain("正在连接 Excel");
});

test("office.js missing: says it must run inside Excel and how to upload the manifest", () => {
  const { start } = run(undefined);
  expect(start).not.toHaveBeenCalled();
  expect(lead()).toContain("本加载项须在 Excel 中运行");
  const steps = document.querySelector("#outside")?.textContent ?? "";
  expect(steps).toContain("开始 → 加载项 → 更多加载项 → 我的加载项 → 上传我的加载项");
  expect(steps).toContain("受信任的加载项目录");
  expect(steps).toContain("xxgk template");
  expect(document.querySelectorAll("button")).toHaveLength(0);
  expect(document.documentElement.lang).toBe("zh-CN");
});

test("a plain browser (onReady reports no host) says it in Chinese, then in English", async () => {
  run({ onReady: (cb) => cb({ host: null, platform: null }) });
  expect(lead()).toContain("须在 Excel 中运行");
  await Promise.resolve(); // the English half waits for its table (i18n whenLang)
  const en = document.querySelector("#outside-en");
  expect(en?.getAttribute("lang")).toBe("en-US");
  expect(en?.textContent).toContain("must run inside Excel");
  expect(en?.textContent).toContain("Upload My Add-in");
  expect(document.querySelector("#outside")!.compareDocumentPosition(en!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
});

test("another Office application is not Excel either", () => {
  run({ onReady: (cb) => cb({ host: "Word", platform: "PC" }) });
  expect(lead()).toContain("须在 Excel 中运行");
});

test("onReady that never answers: the sentence after the wait; Excel answering late still starts the pane", () => {
  let answer: ((info: { host: unknown; platform: unknown }) => void) | null = null;
  const { start, fireTimeout } = run({ onReady: (cb) => void (answer = cb) });
  expect(lead()).toBe("");
  fireTimeout();
  expect(lead()).toContain("须在 Excel 中运行");
  answer!({ host: "Excel", platform: "PC" });
  expect(start).toHaveBeenCalledTimes(1);
});

test("inside Excel the pane starts and the sentence never shows", () => {
  const { start, fireTimeout } = run({ onReady: (cb) => cb({ host: "Excel", platform: "PC" }) });
  fireTimeout();
  expect(start).toHaveBeenCalledTimes(1);
  expect(document.querySelector("#outside")).toBeNull();
});
