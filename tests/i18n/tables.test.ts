import { messages } from "../../src/i18n";

describe("message tables", () => {
  const zh = messages("zh-CN");
  const en = messages("en-US");

  it("have every key in both languages", () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });

  it("use the same placeholders in both languages", () => {
    const names = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(zh)) expect([key, names(en[key] ?? "")]).toEqual([key, names(zh[key])]);
  });

  it("have no empty message", () => {
    for (const [key, text] of [...Object.entries(zh), ...Object.entries(en)]) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });
});
