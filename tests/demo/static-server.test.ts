// `npm run demo`'s static server: files under its folder only, on 127.0.0.1.
import { mkdtempSync, writeFileSync } from "fs";
import { get } from "http";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain CommonJS script
const { serveFolder, fileFor } = require("../../scripts/lib/static-server.js") as {
  serveFolder(dir: string, port?: number): Promise<{ server: import("http").Server; origin: string }>;
  fileFor(root: string, urlPath: string): string | null;
};

const dir = mkdtempSync(join(tmpdir(), "xxgk-demo-serve-"));
writeFileSync(join(dir, "demo.html"), "<p>演示</p>");

test("names only files inside the folder", () => {
  expect(fileFor(dir, "/demo.html")).toBe(join(dir, "demo.html"));
  expect(fileFor(dir, "/../etc/passwd")).toBeNull();
  expect(fileFor(dir, "/%2e%2e/%2e%2e/etc/passwd")).toBeNull();
  expect(fileFor(dir, "/")).toBeNull(); // a folder, not a file
  expect(fileFor(dir, "/%E0%A4%A")).toBeNull(); // bad escapes
});

test("serves the demo on 127.0.0.1 with its type, and 404 for anything else", async () => {
  const { server, origin } = await serveFolder(dir);
  try {
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const fetchText = (path: string) =>
      new Promise<{ status: number; type: string; body: string }>((resolve, reject) =>
        get(`${origin}${path}`, (res) => {
          let body = "";
          res.on("data", (b: Buffer) => (body += b.toString("utf8")));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, type: String(res.headers["content-type"]), body }));
        }).on("error", reject),
      );
    expect(await fetchText("/")).toEqual({ status: 200, type: "text/html; charset=utf-8", body: "<p>演示</p>" });
    expect((await fetchText("/demo.html?x=1")).status).toBe(200);
    expect((await fetchText("/../../etc/passwd")).status).toBe(404);
  } finally {
    server.close();
  }
});
