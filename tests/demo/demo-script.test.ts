// `npm run demo` (scripts/demo.js): bad options are one sentence in Chinese and English and exit 2,
// before anything is built or served; a built folder is served and its address printed.
import { spawn, spawnSync } from "child_process";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const SCRIPT = join(__dirname, "..", "..", "scripts", "demo.js");
const built = mkdtempSync(join(tmpdir(), "xxgk-demo-script-"));
writeFileSync(join(built, "demo.html"), "<p>演示</p>");
const run = (...args: string[]) => spawnSync(process.execPath, [SCRIPT, ...args], { encoding: "utf8", timeout: 20_000 });

test.each([
  [["--port", "abc"], /端口“abc”无效[\s\S]*Port "abc" is not valid/],
  [["--open"], /不认识的选项“--open”[\s\S]*Unknown option "--open"/],
  [["--dist"], /选项 --dist 后面缺少值[\s\S]*--dist needs a value/],
])("%j: one sentence, exit 2", (args, said) => {
  const r = run(...args, ...(args[0] === "--dist" ? [] : ["--dist", built]));
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(said);
  expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
});

test("serves a built folder on 127.0.0.1 and prints the address in both languages (--no-open changes nothing)", async () => {
  const child = spawn(process.execPath, [SCRIPT, "--dist", built, "--no-open"], { stdio: ["ignore", "pipe", "pipe"] });
  try {
    const out = await new Promise<string>((resolve, reject) => {
      let text = "";
      child.stdout.on("data", (b: Buffer) => {
        text += b.toString("utf8");
        if (text.includes("Ctrl+C to stop")) resolve(text);
      });
      child.once("exit", (code) => reject(new Error(`exited ${code}: ${text}`)));
    });
    expect(out).toMatch(/请在浏览器中打开：http:\/\/127\.0\.0\.1:\d+\/demo\.html/);
    expect(out).toMatch(/open it in a browser: http:\/\/127\.0\.0\.1:\d+\/demo\.html/);
  } finally {
    child.kill();
  }
});
