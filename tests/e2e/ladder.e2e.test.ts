// The ExcelApi ladder in the built pane (docs/excel-api-ladder.md): each rung is a host profile of
// the fake office.js, and on each the pane says in one sentence what this Office can and cannot do,
// and the self-test runs as far as the rung allows. Office 2016 volume-licensed (ExcelApi 1.1)
// cannot lay out: 生成模板 says so in one sentence, and the self-test asks for a workbook made by
// `xxgk template`; opened on such a workbook (the fake office.js's `template`), the pane checks,
// paints and selects, and the self-test passes with the layout steps 不适用.
// Each profile opens in the webview Microsoft's table pairs with it (webviews.ts): the rungs below
// Office 2019 retail in Trident.
import type { Server } from "http";
import type { Page } from "playwright-core";
import { PROFILES } from "../fake-excel/profiles";
import type { ProfileName } from "../fake-excel/profiles";
import { finding, host, openPane as open, selftestSteps, T3, until } from "./pane-page";
import type { OpenOptions } from "./pane-page";
import { buildFakeOffice, launch, productionDist, routeOffice, serve } from "./support";

let dist: ReturnType<typeof productionDist>;
let fakeOffice: string;
let server: Server;
let origin: string;
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  dist = productionDist();
  fakeOffice = await buildFakeOffice();
  ({ server, origin } = await serve(dist.dir));
  browser = await launch();
  await routeOffice(browser.context, fakeOffice, [origin]);
}, 300_000);

afterAll(async () => {
  await browser?.cleanup();
  server?.close();
  dist?.cleanup();
});

const openPane = (o: OpenOptions = {}) => open(browser.context, origin, o);

async function selftest(profile: ProfileName): Promise<{ page: Page; steps: string[]; text: string }> {
  const page = await openPane({ profile, search: "?view=help", ready: "#help-panel" });
  await page.click("#selftest-run");
  await page.waitForSelector("#selftest-text, #selftest-refused");
  // Not $$eval: playwright's page-side helper needs what the Trident profile removes (pane-page.ts).
  const steps = await selftestSteps(page);
  const text = (await page.$("#selftest-text")) ? await page.inputValue("#selftest-text") : ((await page.textContent("#selftest-refused")) ?? "");
  return { page, steps, text };
}

describe("the self-test on each rung that can lay out", () => {
  const RUNGS: [ProfileName, string | null][] = [
    ["rung-1.4", "不能：用条件格式标出不平衡的行（需要 ExcelApi 1.6）"],
    ["rung-1.6", "不能：编辑时自动校验（需要 ExcelApi 1.7）"],
    ["office2019-vl", "不能：输入提示（需要 ExcelApi 1.8）"],
    ["office2019-retail", "不能：设置 A4 打印（需要 ExcelApi 1.9）"],
    ["m365", null],
  ];
  test.each(RUNGS)("%s", async (profile, cannot) => {
    const { page, steps, text } = await selftest(profile);
    expect(steps).toEqual(["layout:pass", "write:pass", "check:pass", "explain:pass", "select:pass", "relayout:pass", "syncs:pass", "undo:unverified"]);
    expect(text).toContain(`ExcelApi ${PROFILES[profile].sets.ExcelApi}`);
    const ladder = await page.$("#ladder");
    if (cannot) expect(await ladder?.textContent()).toContain(cannot);
    else expect(ladder).toBeNull();
    await page.close();
  });
});

describe("Office 2016 volume-licensed (ExcelApi 1.1)", () => {
  test("the pane says what it can do; 生成模板 says in one sentence to use xxgk template; the self-test asks for such a workbook", async () => {
    const page = await openPane({ profile: "office2016" });
    expect(await page.textContent("#ladder")).toContain("此版本 Office 可以：校验并标出、选中问题单元格；不能：生成模板（需要 ExcelApi 1.4）");
    await page.click("#layout-button");
    await page.waitForSelector("#info-form");
    await page.fill("#info-year", "2024");
    await page.fill("#info-agency", "某区教育局");
    await page.press("#info-agency", "Enter");
    await page.waitForSelector("#error");
    expect(await page.textContent("#error")).toContain("xxgk template");
    await page.close();

    const { page: help, steps, text } = await selftest("office2016");
    expect(steps).toEqual([]);
    expect(text).toContain("xxgk template");
    await help.close();
  });
});

describe("Office 2016 volume-licensed (ExcelApi 1.1) in Trident, on a workbook made by xxgk template", () => {
  test("check, paint and select with 1.1 calls; the self-test passes with the layout steps 不适用", async () => {
    const page = await openPane({ profile: "office2016", template: true });
    const refs = await host<Record<string, { sheet: string; address: string }>>(page, "refs");
    const at = refs["t3.new.natural"];
    await host(page, "fillZeros"); // a quiet year: no blank cell left to report
    await host(page, "typeQuietly", at.sheet, at.address, 10); // no live checking below ExcelApi 1.7
    await page.click("#check-button");
    const r1 = finding(page, "R1:");
    await r1.first().waitFor();
    // The wrong column is painted; a balanced one keeps its input fill.
    const painted = await host(page, "fill", at.sheet, at.address);
    expect(painted).not.toBe(await host(page, "fill", refs["t3.new.business"].sheet, refs["t3.new.business"].address));
    expect(painted).toBe(await host(page, "fill", refs["t3.total.natural"].sheet, refs["t3.total.natural"].address));
    await r1.first().click();
    await until(page, () => (window as unknown as { __fakeHost: { selection(): unknown } }).__fakeHost.selection() !== null);
    const sel = await host<{ sheet: string; address: string }>(page, "selection");
    expect(sel.sheet).toBe(T3);
    expect(await r1.first().textContent()).toContain(sel.address);
    await page.close();

    const fresh = await openPane({ profile: "office2016", template: true, search: "?view=help", ready: "#help-panel" });
    await fresh.click("#selftest-run");
    await fresh.waitForSelector("#selftest-text");
    const steps = await selftestSteps(fresh);
    expect(steps).toEqual(["layout:unavailable", "write:pass", "check:pass", "explain:pass", "select:pass", "relayout:unavailable", "syncs:pass", "undo:unverified"]);
    await fresh.close();
  });
});
