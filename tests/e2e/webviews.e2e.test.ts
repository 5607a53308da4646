// The whole pane under each Office profile in the webview Microsoft's table pairs it with
// (webviews.ts): layout, check, click, explanation, export, self-test. And the emulation itself: what
// each webview profile refuses, so a pass here means something.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import type { Server } from "http";
import { tmpdir } from "os";
import { join } from "path";
import type { Download, Page } from "playwright-core";
import { PROFILES } from "../fake-excel/profiles";
import type { ProfileName } from "../fake-excel/profiles";
import { finding, host, layOut, openPane as open, PRIOR, selftestSteps, T3, until } from "./pane-page";
import type { OpenOptions } from "./pane-page";
import { buildFakeOffice, launch, productionDist, routeOffice, serve } from "./support";
import { applyWebview, oldEngineCss, PAIRINGS, webviewFor } from "./webviews";
import type { WebviewName } from "./webviews";

let dist: ReturnType<typeof productionDist>;
let server: Server;
let origin: string;
let probe: { dir: string; server: Server; origin: string };
let browser: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  dist = productionDist();
  const fakeOffice = await buildFakeOffice();
  ({ server, origin } = await serve(dist.dir));
  // A page of our own for probing the emulation: one ES5 script and one that is not.
  const dir = mkdtempSync(join(tmpdir(), "xxgk-webview-probe-"));
  writeFileSync(join(dir, "probe.html"), '<!doctype html><html><body><script src="es5.js"></script><script src="es2015.js"></script></body></html>');
  writeFileSync(join(dir, "es5.js"), "window.es5Ran = true;");
  writeFileSync(join(dir, "es2015.js"), "window.es2015Ran = (() => true)();");
  const p = await serve(dir);
  probe = { dir, ...p };
  browser = await launch();
  await routeOffice(browser.context, fakeOffice, [origin, probe.origin]);
}, 300_000);

afterAll(async () => {
  await browser?.cleanup();
  server?.close();
  probe?.server.close();
  if (probe) rmSync(probe.dir, { recursive: true, force: true });
  dist?.cleanup();
});

const openPane = (o: OpenOptions = {}) => open(browser.context, origin, o);

async function probePage(webview: WebviewName): Promise<{ page: Page; rejected: string[]; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  const log = await applyWebview(page, webview, probe.origin);
  await page.goto(`${probe.origin}/probe.html`);
  return { page, rejected: log.rejectedScripts, errors };
}

describe("the webview emulation refuses what the engine lacks", () => {
  test("Trident runs an ES5 script and refuses an ES2015 one; WebView2 runs both", async () => {
    const ie = await probePage("trident");
    // Results come back as JSON text: playwright's own serialiser of objects needs what Trident lacks.
    expect(await ie.page.evaluate(() => JSON.stringify([(window as unknown as Record<string, unknown>).es5Ran, (window as unknown as Record<string, unknown>).es2015Ran === undefined]))).toBe("[true,true]");
    expect(ie.rejected).toEqual([expect.stringContaining("trident cannot parse /es2015.js (not ES5)")]);
    expect(ie.errors).toEqual([expect.stringContaining("SyntaxError")]);
    // What IE11 lacks is gone before any script runs.
    const missing = JSON.parse(await ie.page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      let customEvent = "constructs";
      try {
        new CustomEvent("x");
      } catch {
        customEvent = "throws";
      }
      let uFlag = "ok";
      try {
        new RegExp("a", "u");
      } catch {
        uFlag = "throws";
      }
      return JSON.stringify({
        globals: ["Promise", "Symbol", "fetch", "URLSearchParams", "TextDecoder", "TextEncoder"].filter((k) => k in w),
        objectAssign: typeof (Object as unknown as Record<string, unknown>).assign,
        arrayFrom: typeof (Array as unknown as Record<string, unknown>).from,
        protos: [
          "includes" in [],
          "find" in [],
          "includes" in String.prototype,
          "startsWith" in String.prototype,
          "closest" in Element.prototype,
          "append" in Element.prototype,
          "remove" in Element.prototype,
          "entries" in Map.prototype,
          "values" in Set.prototype,
        ],
        customEvent,
        uFlag,
        mapFromIterable: new Map([[1, 2]] as unknown as undefined).size,
      });
    }));
    expect(missing).toEqual({
      globals: [],
      objectAssign: "undefined",
      arrayFrom: "undefined",
      protos: [false, false, false, false, false, false, false, false, false],
      customEvent: "throws",
      uFlag: "throws",
      mapFromIterable: 0,
    });
    await ie.page.close();
    const wv2 = await probePage("webview2");
    expect(await wv2.page.evaluate(() => (window as unknown as Record<string, unknown>).es2015Ran)).toBe(true);
    expect(wv2.rejected).toEqual([]);
    await wv2.page.close();
  });

  test("EdgeHTML parses ES2017 but throws on a RegExp built with ES2018 features (docx's \\p{L})", async () => {
    const edge = await probePage("edgehtml");
    expect(edge.rejected).toEqual([]);
    const built = await edge.page.evaluate(() =>
      ['new RegExp("^\\\\p{L}[\\\\p{L}\\\\p{N}_]*$", "u")', 'new RegExp("a.b", "s")', 'new RegExp("(?<=a)b")', 'new RegExp("(?<y>a)")', 'new RegExp("^[a-z]+$", "gi")'].map((src) => {
        try {
          new Function(`return ${src};`)();
          return "ok";
        } catch (e) {
          return (e as Error).name;
        }
      }),
    );
    expect(built).toEqual(["SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError", "ok"]);
    await edge.page.close();
  });

  test("old engines drop flex gap, :focus-visible lists and (Trident) custom properties", () => {
    const css = ":root { --s: 4px; }\n.a { display: flex; gap: 8px; padding: var(--s); color: red; }\n:focus-visible, .b:focus { outline: 2px solid; }\n.c:focus { outline: 1px solid; }";
    const edge = oldEngineCss(css, false);
    expect(edge).toContain("padding: var(--s)");
    expect(edge).not.toMatch(/gap|\.b:focus/);
    expect(edge).toContain(".c:focus");
    const ie = oldEngineCss(css, true);
    expect(ie).not.toMatch(/var\(|--s|gap/);
    expect(ie).toContain("color: red");
  });

  test("every Office profile has the webview Microsoft's table gives it", () => {
    expect(Object.fromEntries(PAIRINGS.map((p) => [p.office, p.webview]))).toEqual({
      m365: "webview2",
      office2024: "webview2",
      office2021: "webview2",
      "office2019-retail": "edgehtml",
      "office2019-vl": "trident",
      office2016: "trident",
      // The ExcelApi ladder's in-between rungs: Office builds between 2016 and 2019 volume-licensed.
      "rung-1.4": "trident",
      "rung-1.6": "trident",
      mac: "wkwebview",
      web: "webview2",
    });
    expect(Object.keys(PROFILES).sort()).toEqual(PAIRINGS.map((p) => p.office).sort());
  });
});

async function savedBytes(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path);
}

/** Word export where the webview saves nothing itself (Excel for Mac): the pane opens the add-in's save
 *  page in the system browser; that browser (a plain Chromium page here) downloads the file. */
async function wordViaBrowser(page: Page): Promise<Buffer> {
  await page.click('[data-export="docx"]');
  await page.waitForSelector("#export-in-browser");
  const urls = await host<string[]>(page, "browserWindows");
  expect(urls).toHaveLength(1);
  expect(urls[0].startsWith(`${origin}/save.html#n=`)).toBe(true);
  // No download link was clicked in the webview this time (the text export's was, and was ignored).
  expect(await page.evaluate(() => (window as unknown as { __webview: { ignoredDownloads: number } }).__webview.ignoredDownloads)).toBe(1);
  const safari = await browser.context.newPage();
  const [download] = await Promise.all([safari.waitForEvent("download"), safari.goto(urls[0])]);
  expect(download.suggestedFilename()).toMatch(/2024年政府信息公开工作年度报告\.docx$/);
  await safari.close();
  return savedBytes(download);
}

const RUNS = PAIRINGS.filter((p) => p.runs && ["office2019-vl", "office2019-retail", "mac", "m365"].includes(p.office));

describe.each(RUNS.map((p) => [p.office, p.webview] as const))("the whole pane: %s in %s", (office: ProfileName, webview: WebviewName) => {
  let page: Page;
  let refs: Record<string, { sheet: string; address: string }>;

  beforeAll(async () => {
    expect(webviewFor(office)).toBe(webview);
    page = await openPane({ profile: office });
  });
  afterAll(async () => {
    await page?.close();
  });

  test("lays out, checks live, and a click selects the finding's cell", async () => {
    refs = await layOut(page);
    await host(page, "type", T3, refs["t3.new.natural"].address, 10);
    const r1 = finding(page, "R1:");
    await r1.first().waitFor();
    await r1.first().click();
    await until(page, () => (window as unknown as { __fakeHost: { selection(): unknown } }).__fakeHost.selection() !== null);
    const sel = await host<{ sheet: string; address: string }>(page, "selection");
    expect(sel.sheet).toBe(T3);
    expect(await r1.first().textContent()).toContain(sel.address);
  });

  test("a warning is explained and the explanation is kept", async () => {
    await host(page, "type", T3, refs["t3.carriedIn.natural"].address, 0);
    await host(page, "type", PRIOR, await host<string>(page, "priorAddress", "t3.carriedOut.natural"), 3);
    const r6 = page.locator('li[data-id^="R6:"]').first();
    await r6.waitFor();
    await r6.locator('[data-action="explain"]').click();
    await r6.locator("textarea").fill("上年结转的 3 件已于 1 月撤回。");
    await r6.locator('[data-action="save-explanation"]').click();
    await page.locator('li[data-id^="R6:"].finding--explained').waitFor();
  });

  test("exports plain text and Word, and the Word file is saved", async () => {
    await page.click("#export-button");
    if (webview === "wkwebview") {
      // The download link is ignored; the text is there to copy.
      await page.click('[data-export="txt"]');
      await page.waitForSelector("#copy-button");
      expect(await page.evaluate(() => (window as unknown as { __webview: { ignoredDownloads: number } }).__webview.ignoredDownloads)).toBe(1);
    } else {
      const [txt] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="txt"]')]);
      expect(txt.suggestedFilename()).toMatch(/\.txt$/);
      expect((await savedBytes(txt)).toString("utf8")).toContain("政府信息公开工作年度报告");
    }
    let docx: Buffer;
    if (webview === "wkwebview") {
      docx = await wordViaBrowser(page);
    } else {
      const [d] = await Promise.all([page.waitForEvent("download"), page.click('[data-export="docx"]')]);
      expect(d.suggestedFilename()).toMatch(/\.docx$/);
      docx = await savedBytes(d);
    }
    expect(docx.subarray(0, 2).toString("latin1")).toBe("PK");
    expect(docx.includes(Buffer.from("word/document.xml"))).toBe(true);
  });

  test("the self-test passes", async () => {
    const help = await openPane({ profile: office, search: "?view=help", ready: "#help-panel" });
    await help.click("#selftest-run");
    await help.waitForSelector("#selftest-text", { timeout: 60_000 });
    const steps = await selftestSteps(help);
    expect(steps.filter((s) => !/:(pass|unverified)$/.test(s))).toEqual([]);
    expect(await help.inputValue("#selftest-text")).toContain(`Office 版本：${PROFILES[office].version}`);
    await help.close();
  });
});

describe("EdgeHTML and Trident keep the pane's spacing and its keyboard focus ring (defect 11)", () => {
  test.each(["edgehtml", "trident"] as const)("%s: buttons are spaced apart and a focused button shows its ring", async (webview) => {
    const page = await openPane({ profile: webview === "edgehtml" ? "office2019-retail" : "office2019-vl" });
    const space = await page.evaluate(() => {
      const b = Array.from(document.querySelectorAll(".actions > .btn")).map((e) => e.getBoundingClientRect());
      // The gap between the first two buttons on one line, or between two lines.
      return b[1].top === b[0].top ? b[1].left - b[0].right : b[1].top - b[0].bottom;
    });
    expect(space).toBeGreaterThanOrEqual(8);
    const stack = await page.evaluate(() => {
      const h = document.querySelector(".pane-header")!.getBoundingClientRect();
      const next = document.querySelector(".pane-header")!.nextElementSibling!.getBoundingClientRect();
      return next.top - h.bottom;
    });
    expect(stack).toBeGreaterThanOrEqual(12);
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, style: getComputedStyle(el).outlineStyle };
    });
    expect(outline.tag).not.toBe("BODY");
    expect(outline.style).not.toBe("none");
    await page.close();
  });
});
