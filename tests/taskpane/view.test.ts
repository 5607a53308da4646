/** @jest-environment jsdom */
// The manifest's 导出 button opens the pane with ?view=export and its help link with ?view=help: the
// pane opens on that panel (and still checks on open); any other query is the main view.
import { viewFromSearch } from "../../src/taskpane/view";
import { click, startPane, text } from "./pane-harness";

test("the query string names the view", () => {
  expect(viewFromSearch("?view=export")).toBe("export");
  expect(viewFromSearch("?view=help&_host_Info=Excel$Win32$16.01$zh-CN")).toBe("help");
  expect(viewFromSearch("?_host_Info=Excel$Win32$16.01$zh-CN")).toBe("main");
  expect(viewFromSearch("?view=<script>")).toBe("main");
  expect(viewFromSearch("")).toBe("main");
});

test("?view=export opens with the export panel and its four choices", async () => {
  const h = startPane({ view: "export" });
  expect(document.querySelectorAll("#export-panel [data-export]")).toHaveLength(4);
  await h.pane.ready;
  expect(document.querySelector("#export-panel")).not.toBeNull();
  expect(document.querySelector("#help-panel")).toBeNull();
});

test("?view=help opens the help view; the 帮助 button opens and closes it in the main view", async () => {
  const h = startPane({ view: "help" });
  await h.pane.ready;
  expect(text("#help-title")).toBe("帮助");
  expect(text("#help-panel")).toContain("xxgk template");
  // The rules, as `xxgk rules` lists them.
  expect(document.querySelectorAll("#help-rules dt")).toHaveLength(12);
  expect(text("#help-rules")).toContain("R1 表三勾稽关系（错误）");
  click("#help-close");
  expect(document.querySelector("#help-panel")).toBeNull();
  expect(document.activeElement?.id).toBe("help-button");
  const main = startPane();
  await main.pane.ready;
  expect(document.querySelector("#help-panel")).toBeNull();
  expect(document.querySelector("#export-panel")).toBeNull();
  click("#help-button");
  expect(document.querySelector("#help-panel")).not.toBeNull();
});
