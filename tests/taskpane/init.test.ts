/** @jest-environment jsdom */
import { readFileSync } from "fs";
import { join } from "path";
import { init } from "../../src/taskpane/init";

function loadPane(): Document {
  const html = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "taskpane.html"), "utf8");
  // The template's <%= %> placeholders and <script> are irrelevant to the body's wiring.
  document.documentElement.innerHTML = html.replace(/<script[^>]*><\/script>/g, "");
  return document;
}

describe("placeholder task pane", () => {
  it("shows the Chinese title and the three buttons", () => {
    const doc = loadPane();
    expect(doc.getElementById("title")?.textContent).toBe("政务公开年报助手");
    const labels = [...doc.querySelectorAll("button")].map((b) => b.textContent);
    expect(labels).toEqual(["生成模板", "校验", "导出"]);
  });

  it.each(["layout-button", "check-button", "export-button"])("%s says the feature is not finished, as text", (id) => {
    const doc = loadPane();
    init(doc);
    const status = doc.getElementById("status")!;
    expect(status.textContent).toBe("");
    (doc.getElementById(id) as HTMLButtonElement).click();
    expect(status.textContent).toBe("此功能尚未完成");
    expect(status.children).toHaveLength(0);
  });
});
