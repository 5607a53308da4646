// Deployment traps caught before webpack compiles anything: a production build with no real origin,
// or an http:// one, stops with one sentence (no webpack stack); the dev server listens on this
// machine only and sends no Access-Control-Allow-Origin header.
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { PLACEHOLDER_ORIGIN, rewriteOrigin } from "../../src/manifest/origin";

const ROOT = join(__dirname, "..", "..");
const WEBPACK = join(ROOT, "node_modules", "webpack", "bin", "webpack.js");

function buildWith(env: Record<string, string | undefined>): { status: number | null; output: string } {
  const clean: NodeJS.ProcessEnv = { ...process.env, XXGK_OFFICE_JS: "" };
  delete clean.XXGK_ORIGIN;
  delete clean.XXGK_ALLOW_PLACEHOLDER;
  // --output-path into a folder that is never written: the guard stops before any compilation.
  const r = spawnSync(process.execPath, [WEBPACK, "--mode", "production", "--output-path", join(ROOT, "node_modules", ".cache", "xxgk-never")], {
    cwd: ROOT,
    env: { ...clean, ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}`.trim() };
}

describe("production build without a real origin", () => {
  it("stops with one bilingual sentence and no stack when no origin is set", () => {
    const { status, output } = buildWith({});
    expect(status).toBe(1);
    expect(output).toMatch(/^生产构建需要加载项的真实部署地址：请设置 XXGK_ORIGIN=.* \/ A production build needs the add-in's real https origin: .*\.$/);
    expect(output.split("\n")).toHaveLength(1);
  }, 60_000);

  it("stops the same way when XXGK_ORIGIN is the placeholder itself", () => {
    const { status, output } = buildWith({ XXGK_ORIGIN: "https://xxgk.example.gov.cn/" });
    expect(status).toBe(1);
    expect(output).toMatch(/^生产构建需要加载项的真实部署地址/);
  }, 60_000);

  it("an http:// origin gives the https sentence alone, no webpack stack", () => {
    const { status, output } = buildWith({ XXGK_ORIGIN: "http://xxgk.gov.cn/" });
    expect(status).toBe(1);
    expect(output).toBe('生产地址必须使用 https / The production origin must use https: "http://xxgk.gov.cn/"');
    expect(output).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe("npm run validate:prod", () => {
  it("rejects a manifest built for the placeholder origin, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "xxgk-validate-"));
    try {
      const file = join(dir, "manifest.xml");
      writeFileSync(file, rewriteOrigin(readFileSync(join(ROOT, "manifest.xml"), "utf8"), PLACEHOLDER_ORIGIN));
      const r = spawnSync(process.execPath, [join(ROOT, "scripts", "validate-manifest.js"), "--production", file], { cwd: ROOT, encoding: "utf8" });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/\[placeholder\] 生产清单仍指向占位地址 https:\/\/xxgk\.example\.gov\.cn\//);
      expect(r.stdout).not.toMatch(/清单有效/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("dev server", () => {
  type DevServer = { host?: string; port?: number; headers?: Record<string, string>; allowedHosts?: unknown };
  let devServer: DevServer;

  beforeAll(async () => {
    const saved = { serve: process.env.WEBPACK_SERVE, cert: process.env.XXGK_DEV_CERT };
    process.env.WEBPACK_SERVE = "true";
    process.env.XXGK_DEV_CERT = "self"; // never touch ~/.office-addin-dev-certs from a test
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const config = require("../../webpack.config.js") as (env: object, argv: { mode: string }) => Promise<{ devServer: DevServer }>;
      devServer = (await config({}, { mode: "development" })).devServer;
    } finally {
      process.env.WEBPACK_SERVE = saved.serve;
      process.env.XXGK_DEV_CERT = saved.cert;
      if (saved.serve === undefined) delete process.env.WEBPACK_SERVE;
      if (saved.cert === undefined) delete process.env.XXGK_DEV_CERT;
    }
  });

  it("listens on localhost only, at the port the manifest names", () => {
    expect(devServer.host).toBe("localhost");
    expect(devServer.port).toBe(3000);
  });

  it("answers only requests naming localhost, which also lets Excel on the web load the ribbon icons", () => {
    expect(devServer.allowedHosts).toEqual(["localhost"]);
  });

  it("sends no Access-Control-Allow-Origin header", () => {
    const headers = Object.keys(devServer.headers ?? {}).map((h) => h.toLowerCase());
    expect(headers).not.toContain("access-control-allow-origin");
  });
});
