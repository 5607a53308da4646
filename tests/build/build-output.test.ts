// The production build, as deployed: run it once into a temporary folder (or, when CI has
// already built, read the folder named by XXGK_TEST_DIST), then check what Office will load.
import { parse } from "acorn";
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { gzipSync } from "zlib";
import { EN_US } from "../../src/i18n/en-US";
import { validateManifest } from "../../src/manifest/validate";

const ROOT = join(__dirname, "..", "..");
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const TEST_ORIGIN = "https://xxgk.test.gov.cn/addin/";
const BUILD_TIMEOUT = 180_000;

function build(outDir: string, env: Record<string, string>): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--output-path", outDir], {
    cwd: ROOT,
    env: { ...process.env, XXGK_OFFICE_JS: "", ...env },
    encoding: "utf8",
    timeout: BUILD_TIMEOUT,
  });
}

let dist: string;
let expectedOrigin: string;
let ownBuild = false;

beforeAll(() => {
  if (process.env.XXGK_TEST_DIST) {
    dist = join(ROOT, process.env.XXGK_TEST_DIST);
    expectedOrigin = process.env.XXGK_TEST_ORIGIN ?? "";
    return;
  }
  dist = mkdtempSync(join(tmpdir(), "xxgk-dist-"));
  ownBuild = true;
  expectedOrigin = TEST_ORIGIN;
  const result = build(dist, { XXGK_ORIGIN: TEST_ORIGIN });
  if (result.status !== 0) throw new Error(`production build failed:\n${result.stdout}\n${result.stderr}`);
}, BUILD_TIMEOUT);

afterAll(() => {
  if (ownBuild) rmSync(dist, { recursive: true, force: true });
});

const read = (name: string): string => readFileSync(join(dist, name), "utf8");

describe("production build output", () => {
  it.each(["taskpane", "commands"])("%s.html loads a content-hashed bundle that exists", (page) => {
    const html = read(`${page}.html`);
    const bundles = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith("https://"));
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(new RegExp(`^${page}\\.[0-9a-f]{16,}\\.js$`));
    expect(existsSync(join(dist, bundles[0]))).toBe(true);
  });

  it.each(["taskpane", "commands"])("%s.html has a CSP allowing only itself and the office.js origin", (page) => {
    const html = read(`${page}.html`);
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const directives = new Map(csp!.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
    expect(csp).not.toMatch(/unsafe-eval|\*/);
    expect(html).toMatch(/<script src="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    expect(html).not.toMatch(/<script>[^<]/); // no inline script: the CSP would block it
  });

  it("the task pane page is Chinese before Office is ready, and links its hashed stylesheet", () => {
    const html = read("taskpane.html");
    expect(html).toMatch(/<html lang="?zh-CN"?>/);
    for (const text of ["政务公开年报助手", "生成模板", "校验", "导出"]) expect(html).toContain(text);
    const css = /<link rel="?stylesheet"? href="?(taskpane\.[0-9a-f]{16,}\.css)"?/.exec(html)?.[1];
    expect(css).toBeDefined();
    expect(existsSync(join(dist, css!))).toBe(true);
    expect(html).not.toMatch(/<style|style="/); // CSP style-src 'self': no inline styles
  });

  it("dist/manifest.xml points at the production origin, not localhost, and is valid", () => {
    const manifest = read("manifest.xml");
    expect(manifest).not.toMatch(/localhost/i);
    if (expectedOrigin) {
      expect(manifest).toContain(`<SourceLocation DefaultValue="${expectedOrigin}taskpane.html"/>`);
      expect(manifest).toContain(`DefaultValue="${expectedOrigin}commands.html"`);
    }
    expect(validateManifest(manifest, { production: true })).toEqual([]);
  });

  it("ships the icons the manifest names", () => {
    expect(readdirSync(join(dist, "assets")).sort()).toEqual(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]);
  });
});

// Bundle budget (DESIGN: the pane must open fast on government PCs): the JavaScript the pane loads
// before any click — office.js excluded — stays under 150 KB gzip, and the export code (docx) and
// ExcelJS are never part of it: export is a lazily loaded chunk.
describe("bundles every Office webview can parse", () => {
  // Trident (IE11: Office 2016/2019 volume-licensed) parses ES5 only: no arrow, class, let/const,
  // template, shorthand method, regex u/y flags. One such token anywhere and the pane never loads —
  // the ribbon's function file and the lazily loaded chunks included.
  it("every script in dist/ is ES5, regular expressions included", () => {
    const scripts = readdirSync(dist).filter((f) => f.endsWith(".js"));
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    const failures = scripts.flatMap((f) => {
      try {
        parse(read(f), { ecmaVersion: 5, sourceType: "script" });
        return [];
      } catch (e) {
        return [`${f}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });

  // A RegExp built from a string at run time is invisible to a parser: docx's
  // new RegExp("^\\p{L}[\\p{L}\\p{N}_]*$", "u") threw in EdgeHTML when the export loaded (defect 1).
  // y too: Babel lowers a sticky literal /…/y to new RegExp(…, "y"), which Trident refuses as the chunk loads
  // (the .docx reader's tag names once did, taking 汇总 and 导入上年数据 down in Office 2016/2019 volume-licensed).
  it("no script builds a RegExp with the u, s or y flag from a string", () => {
    const built = /new RegExp\("(?:[^"\\]|\\.)*",\s*"[a-z]*[usy][a-z]*"\)/;
    for (const f of readdirSync(dist).filter((x) => x.endsWith(".js"))) expect([f, built.test(read(f))]).toEqual([f, false]);
  });

  // Trident has no custom properties; neither Trident nor EdgeHTML has flex gap; both drop a whole
  // selector list that names :focus-visible (defect 11).
  it("the stylesheet needs no custom properties, no flex gap, and no selector list with :focus-visible", () => {
    const name = /href="?(taskpane\.[0-9a-f]+\.css)/.exec(read("taskpane.html"))![1];
    const css = read(name);
    expect(css).not.toMatch(/var\(|[{;]\s*--[\w-]+\s*:/);
    expect(css).not.toMatch(/(^|[\s;{])(row-|column-)?gap\s*:/);
    const lists = [...css.matchAll(/([^{}]+)\{/g)].map((m) => m[1]).filter((sel) => sel.includes(":focus-visible"));
    for (const sel of lists) expect(sel.split(",")).toHaveLength(1);
    // The keyboard focus ring is on plain :focus, so a webview without :focus-visible still shows it.
    expect(css).toMatch(/(^|[}\n]):focus\s*\{[^}]*outline:\s*2px solid/);
  });
});

describe("the save page (Excel for Mac's Word export)", () => {
  it("save.html loads one hashed ES5 bundle, no office.js, under the same CSP", () => {
    const html = read("save.html");
    const bundles = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(/^save\.[0-9a-f]{16,}\.js$/);
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'self'/);
    expect(DOCX_MARKERS.test(read(bundles[0]))).toBe(false);
  });
});

const DOCX_MARKERS = /xmlns:wpc|w:body|w:rPr/;

describe("task pane bundle budget", () => {
  const BUDGET = 150 * 1024;
  const initial = () =>
    [...read("taskpane.html").matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith("https://"));
  // Strings only the docx library / ExcelJS carry (XML they write), surviving minification.
  const DOCX = DOCX_MARKERS;
  const EXCELJS = /WorkbookWriter|sharedStrings|exceljs/i;
  // jszip's own error sentences (the published-report import unzips .docx with it).
  const JSZIP = /Corrupted zip|End of data reached/;

  // One ES5 bundle for every webview (docs/compatibility.md): what Trident loads first is what
  // WebView2 loads first, so this one budget covers both.
  it("initial JavaScript ≤ 150 KB gzip", () => {
    const size = initial().reduce((n, f) => n + gzipSync(readFileSync(join(dist, f))).length, 0);
    expect(size).toBeGreaterThan(1000);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });

  it("has no docx or ExcelJS code in the initial bundle; docx is in a lazily loaded chunk", () => {
    for (const f of initial()) {
      const js = read(f);
      expect([f, DOCX.test(js)]).toEqual([f, false]);
      expect([f, EXCELJS.test(js)]).toEqual([f, false]);
    }
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".chunk.js"));
    expect(chunks.some((f) => DOCX.test(read(f)))).toBe(true);
  });

  // Defect 1: the text export loaded docx, so docx's failure in EdgeHTML took the text export with it.
  it("the plain-text export's chunk carries no docx code", () => {
    const text = readdirSync(dist).filter((f) => /^export-text\..*\.chunk\.js$/.test(f));
    expect(text).toHaveLength(1);
    expect(DOCX.test(read(text[0]))).toBe(false);
  });

  it("keeps the English messages out of the initial bundle: an en-US chunk an English Office loads first", () => {
    const english = EN_US["pane.outside.lead"];
    expect(english).toMatch(/^[\x20-\x7e]+$/); // ASCII, so the minifier leaves it as written
    for (const f of initial()) expect([f, read(f).includes(english)]).toEqual([f, false]);
    const chunks = readdirSync(dist).filter((f) => /^en-US\..*\.chunk\.js$/.test(f));
    expect(chunks).toHaveLength(1);
    expect(read(chunks[0]).includes(english)).toBe(true);
  });

  it("keeps the import of last year's report (导入上年数据) and jszip out of the initial bundle, in lazy chunks", () => {
    for (const f of initial()) expect([f, JSZIP.test(read(f))]).toEqual([f, false]);
    const chunks = readdirSync(dist).filter((f) => f.endsWith(".chunk.js"));
    expect(chunks.some((f) => /^prior-import\./.test(f))).toBe(true);
    expect(chunks.some((f) => JSZIP.test(read(f)))).toBe(true);
  });
});

describe("production build guard", () => {
  it(
    "fails when the configured origin would leave localhost in the manifest",
    () => {
      const out = mkdtempSync(join(tmpdir(), "xxgk-dist-bad-"));
      try {
        const result = build(out, { XXGK_ORIGIN: "https://localhost:8443/" });
        expect(result.status).not.toBe(0);
        expect(`${result.stdout}${result.stderr}`).toMatch(/\[localhost\] 生产清单的 <SourceLocation> 仍指向 localhost/);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT
  );
});


// The demo page (docs/demo.md): the real pane over the in-memory host, no office.js, no network; its
// grid, host and messages live in its own bundle, never in the task pane's initial one (the budget).
describe("the demo page", () => {
  it("demo.html loads one hashed ES5 bundle and the pane's stylesheet, no office.js, under the pages' CSP", () => {
    const html = read("demo.html");
    const bundles = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]);
    expect(bundles).toHaveLength(1);
    expect(bundles[0]).toMatch(/^demo\.[0-9a-f]{16,}\.js$/);
    expect(html).not.toMatch(/office\.js/);
    expect(html).toMatch(/http-equiv="?Content-Security-Policy"? content="default-src 'self'/);
    expect(html).toContain("演示：数据只在本页内存中，不会保存");
    expect(html).toMatch(/href="?taskpane\.[0-9a-f]{16,}\.css"?/);
    expect(existsSync(join(dist, "demo.css"))).toBe(true);
    expect(html).not.toMatch(/<style|style="/);
  });

  it("keeps the grid, the in-memory host and the demo's messages out of the task pane's bundles", () => {
    const DEMO = /demo-grid|demo-input|数据只在本页内存中|演示工作簿只在本页内存中/;
    const pane = [...read("taskpane.html").matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => !s.startsWith("https://"));
    for (const f of pane) expect([f, DEMO.test(read(f))]).toEqual([f, false]);
    const demo = /src="?(demo\.[0-9a-f]+\.js)/.exec(read("demo.html"))![1];
    expect(DEMO.test(read(demo))).toBe(true);
  });
});
