// The production build for Microsoft 365 operated by 21Vianet (世纪互联, XXGK_OFFICE_JS=21vianet):
// both pages load office.js from the China CDN and their CSP allows exactly that origin besides
// their own. The default (Microsoft's CDN) build is checked in build-output.test.ts. No network:
// the built HTML is only read.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const BUILD_TIMEOUT = 240_000;
const CDN_SCRIPT = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

const build = (outDir: string, officeJs: string) =>
  spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--output-path", outDir], {
    cwd: ROOT,
    env: { ...process.env, XXGK_OFFICE_JS: officeJs, XXGK_ORIGIN: "https://xxgk.test.gov.cn/addin/" },
    encoding: "utf8",
    timeout: BUILD_TIMEOUT,
  });

const cspOf = (html: string) => {
  const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? "";
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
};

describe("the build for 世纪互联 (XXGK_OFFICE_JS=21vianet)", () => {
  const dist = mkdtempSync(join(tmpdir(), "xxgk-dist-21v-"));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  beforeAll(() => {
    const result = build(dist, "21vianet");
    if (result.status !== 0) throw new Error(`production build failed:\n${result.stdout}\n${result.stderr}`);
  }, BUILD_TIMEOUT);

  it.each(["taskpane", "commands"])("%s.html loads office.js from the China CDN and its CSP allows exactly that origin", (page) => {
    const html = readFileSync(join(dist, `${page}.html`), "utf8");
    const external = [...html.matchAll(/<script[^>]*src="?([^" >]+)"?/g)].map((m) => m[1]).filter((s) => /^https?:/.test(s));
    expect(external).toEqual([CDN_SCRIPT]);
    expect(html).not.toContain("appsforoffice.microsoft.com");
    const csp = cspOf(html);
    expect(csp.get("script-src")).toEqual(["'self'", "https://appsforoffice.cdn.partner.office365.cn"]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("connect-src")).toEqual(["'self'"]);
  });

  it("ships no local office.js copy", () => {
    expect(existsSync(join(dist, "office-js"))).toBe(false);
  });

  it(
    "a misspelt XXGK_OFFICE_JS stops the build with one sentence",
    () => {
      const out = mkdtempSync(join(tmpdir(), "xxgk-dist-bad-21v-"));
      try {
        const result = build(out, "21viannet");
        expect(result.status).not.toBe(0);
        expect(result.stderr).toContain("XXGK_OFFICE_JS=21viannet 无法识别");
        expect(existsSync(join(out, "taskpane.html"))).toBe(false);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    BUILD_TIMEOUT,
  );
});
