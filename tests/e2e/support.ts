// Browser-test plumbing: a production build of the add-in (or the one named by XXGK_E2E_DIST), the
// fake office.js bundled for the browser, a static server on 127.0.0.1, and Debian's chromium driven
// by playwright-core with a fresh profile and no network beyond our server.
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { createServer } from "http";
import type { Server } from "http";
import type { AddressInfo } from "net";
import { tmpdir } from "os";
import { dirname, extname, join, normalize } from "path";
import webpack from "webpack";
import { chromium } from "playwright-core";
import type { BrowserContext } from "playwright-core";
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the webpack config's own CommonJS helper
const { babelOptions } = require(join(repoRoot(__dirname), "scripts", "lib", "babel-es5")) as { babelOptions(o: { pure?: boolean }): object };

/** The repository: the nearest folder up with package.json (the bench runs this file compiled under build/). */
function repoRoot(from: string): string {
  for (let dir = from; dir !== dirname(dir); dir = dirname(dir)) if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "webpack.config.js"))) return dir;
  return join(from, "..", "..");
}
export const ROOT = repoRoot(__dirname);
export const CHROMIUM = process.env.XXGK_CHROMIUM ?? "/usr/bin/chromium";
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** dist/ as deployed: XXGK_E2E_DIST (CI builds once) or a fresh production build in a temp folder. */
export function productionDist(): { dir: string; cleanup(): void } {
  if (process.env.XXGK_E2E_DIST) return { dir: join(ROOT, process.env.XXGK_E2E_DIST), cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), "xxgk-e2e-dist-"));
  const r = spawnSync(process.execPath, [join(ROOT, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "production", "--output-path", dir], {
    cwd: ROOT,
    // A trial build: the manifest's origin does not matter to the pane in the browser.
    env: { ...process.env, XXGK_OFFICE_JS: "", XXGK_ALLOW_PLACEHOLDER: "1" },
    encoding: "utf8",
    timeout: 200_000,
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** One browser script built from `config` (its output file named `file`), read back as text. */
export async function bundleScript(config: (out: string) => webpack.Configuration, file: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), "xxgk-e2e-bundle-"));
  const compiler = webpack({ mode: "development", devtool: false, resolve: { extensions: [".ts", ".js"] }, ...config(out), output: { path: out, filename: file } });
  await new Promise<void>((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err) return reject(err);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
  const js = readFileSync(join(out, file), "utf8");
  rmSync(out, { recursive: true, force: true });
  return js;
}

/** The fake office.js (fake-office/fake-office.ts) as one browser script. */
export function buildFakeOffice(): Promise<string> {
  return bundleScript(
    () => ({
      // Like Microsoft's office.js, the fake runs in every webview the browser suite emulates, Trident
      // included: ES5 with core-js ponyfills that never touch globals, so it neither breaks where IE11
      // lacks something nor hides from the pane what IE11 lacks (tests/e2e/webviews.ts).
      target: ["web", "es5"],
      entry: join(ROOT, "tests", "e2e", "fake-office", "fake-office.ts"),
      module: {
        rules: [
          {
            test: /\.ts$/,
            use: [
              { loader: "babel-loader", options: babelOptions({ pure: true }) },
              { loader: "ts-loader", options: { transpileOnly: true, configFile: join(ROOT, "tsconfig.json"), compilerOptions: { module: "es2020", target: "ES2019" } } },
            ],
          },
        ],
      },
    }),
    "office.js",
  );
}

/** Every request of `context` answered offline: office.js by the fake, the add-in's own origins (and
 *  data:/blob:) as they are, anything else aborted — and handed to `foreign`, when given. */
export async function routeOffice(context: BrowserContext, fakeOffice: string, origins: string[], foreign?: (url: string) => void): Promise<void> {
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS_CDN) return route.fulfill({ contentType: "text/javascript", body: fakeOffice });
    if (origins.some((o) => url.startsWith(o)) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    foreign?.(url);
    return route.abort();
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
};

export async function serve(dir: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^([/\\])+/, "");
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * Debian's chromium (apt-get install chromium), or the browser named by XXGK_CHROMIUM. Missing, it
 * fails with one sentence saying what to install, not playwright's "Executable doesn't exist".
 */
export async function launch(): Promise<{ context: BrowserContext; cleanup(): Promise<void> }> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `找不到 chromium：${CHROMIUM} 不存在。请安装 Debian 包 chromium（apt-get install chromium），或用 XXGK_CHROMIUM=浏览器路径 指定。 / ` +
        `chromium not found at ${CHROMIUM}: install the Debian package chromium (apt-get install chromium), or set XXGK_CHROMIUM to the browser's path.`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), "xxgk-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 360, height: 1000 },
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    context,
    cleanup: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
