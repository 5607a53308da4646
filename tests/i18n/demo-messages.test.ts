// The demo's message table (src/i18n/*/demo.ts) is kept out of the shared tables so the pane's bundle
// carries none of it (tables.test.ts cannot see it): the same checks here, and that loading the
// in-memory host registers it.
import { messages, t } from "../../src/i18n";
import { DEMO as EN } from "../../src/i18n/en-US/demo";
import { DEMO as ZH } from "../../src/i18n/zh-CN/demo";

test("the demo table has every key in both languages, with the same placeholders and no empty text", () => {
  expect(Object.keys(EN).sort()).toEqual(Object.keys(ZH).sort());
  const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
  for (const key of Object.keys(ZH)) {
    expect([key, names(EN[key])]).toEqual([key, names(ZH[key])]);
    expect([key, ZH[key].trim() !== "" && EN[key].trim() !== ""]).toEqual([key, true]);
  }
});

test("no demo id clashes with the shared tables; loading the in-memory host adds them", async () => {
  expect(Object.keys(ZH).filter((k) => k in messages("zh-CN"))).toEqual([]);
  expect(t("zh-CN", "demo.banner")).toBe("demo.banner"); // not in the pane's tables
  await import("../../src/memory-host/host");
  expect(t("zh-CN", "demo.banner")).toBe("演示：数据只在本页内存中，不会保存");
  expect(t("en-US", "memory.parts.notYet")).toMatch(/^The demo page cannot/);
});
