// The 起草 and 同比 panels' state, pure: which cells a draft can go into, where each goes by default,
// the sentence for a paragraph that could not be drafted, and the 同比 lines.
import { emptyReport } from "../../src/model/report";
import { draftsRead, draftTargets, draftEdited, toggleDrafts } from "../../src/taskpane/draft-state";
import { initialState } from "../../src/taskpane/pane-state";
import { toggleYoy, yoyLines, yoyRead } from "../../src/taskpane/yoy-state";
import { sampleReport } from "../support/reports";

describe("起草 state", () => {
  it("offers the narrative cells of the sheet, in order, without the table sections", () => {
    const targets = draftTargets("2021", "zh-CN");
    expect(targets.map((x) => x.name)).toEqual([
      "XXGK_TEXT_0",
      "XXGK_TEXT_1_INTRO",
      "XXGK_TEXT_1_ACTIVE",
      "XXGK_TEXT_1_REQUEST",
      "XXGK_TEXT_1_MANAGEMENT",
      "XXGK_TEXT_1_PLATFORM",
      "XXGK_TEXT_1_OVERSIGHT",
      "XXGK_TEXT_5",
      "XXGK_TEXT_6",
    ]);
    expect(targets[3].label).toBe("一、总体情况 · （二）依申请公开");
  });

  it("drafts every place from the tables, each aimed at the sub-head it belongs with", () => {
    const s = draftsRead(toggleDrafts(initialState()), sampleReport(), null, "zh-CN");
    expect(s.drafts?.items.map((i) => [i.place, i.target])).toEqual([
      ["request", "XXGK_TEXT_1_REQUEST"],
      ["t2", "XXGK_TEXT_1_ACTIVE"],
      ["t3", "XXGK_TEXT_1_REQUEST"],
      ["t4", "XXGK_TEXT_1_OVERSIGHT"],
    ]);
    expect(s.drafts?.items.every((i) => i.missing === null && i.text.endsWith("。"))).toBe(true);
    const edited = draftEdited(s, "t4", "改过的段落。");
    expect(edited.drafts?.items.find((i) => i.place === "t4")?.text).toBe("改过的段落。");
    expect(edited.drafts?.items.find((i) => i.place === "t3")?.text).toBe(s.drafts?.items[2].text);
  });

  it("says which cells to fill when the tables are blank, instead of drafting zeros", () => {
    const s = draftsRead(toggleDrafts(initialState()), emptyReport("2021", 2024, "某局"), null, "zh-CN");
    const request = s.drafts!.items[0];
    expect(request.text).toBe("");
    expect(request.missing).toMatch(/^未起草：.+未填写或不是数字/);
  });
});

describe("同比 state", () => {
  it("compares with last year's figures and reads the change as a report would", () => {
    const report = sampleReport();
    const last = { kind: "number", value: 50 } as const;
    const s = yoyRead(toggleYoy(initialState()), report, { year: 2023, cells: {}, figures: { "t3.new.total": last } });
    expect(s.yoy?.lastYear).toBe(2023);
    const line = yoyLines(s.yoy!.rows!, "zh-CN").find((l) => l.id === "new");
    expect(line).toEqual({ id: "new", label: "本年新收申请", now: "57", last: "50", change: "增长7（+14.0%）" });
  });

  it("has no rows when last year's figures are all blank", () => {
    const s = yoyRead(toggleYoy(initialState()), sampleReport(), { year: 2023, cells: {} });
    expect(s.yoy?.rows).toBeNull();
    expect(s.yoy?.reading).toBe(false);
  });
});
