// `npm start` when things go wrong: a busy port and a certificate that cannot be trusted each give
// one bilingual sentence, never a raw Node stack or the certificate tool's English output.
import { spawn } from "child_process";
import { createServer, Server } from "net";
import type { AddressInfo } from "net";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { certFailureReason } = require("../../scripts/lib/cert-failure") as {
  certFailureReason: (r: { status: number | null; signal?: string | null; error?: Error & { code?: string }; stderr?: string }) => { zh: string; en: string };
};

function runStart(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, "scripts", "start.js"), "--web"], {
      cwd: ROOT,
      env: { ...process.env, XXGK_SKIP_CERT_INSTALL: "1", ...env },
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill("SIGTERM"), 20_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output: output.trim() });
    });
  });
}

describe("npm start with the port taken", () => {
  let busy: Server;
  let port: number;

  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, "localhost", resolve));
    port = (busy.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => busy.close(() => resolve())));

  it("says so in one Chinese and one English sentence and exits 1, before starting anything", async () => {
    const { code, output } = await runStart({ XXGK_DEV_PORT: String(port) });
    expect(code).toBe(1);
    expect(output.split("\n")).toEqual([
      `端口 ${port} 已被占用（可能已有一个 npm start 在运行）：请先运行 npm run stop，或关闭占用该端口的程序后再运行 npm start。`,
      `Port ${port} is already in use (perhaps by an earlier npm start): run npm run stop, or close the program using it, then npm start again.`,
    ]);
  }, 30_000);
});

describe("why the dev certificate could not be trusted", () => {
  it.each([
    [{ status: null, signal: "SIGTERM" }, "等待管理员密码超时"],
    [{ status: 1, stderr: "Error: Command failed: sudo cp ca.crt /usr/local/share/ca-certificates" }, "需要管理员权限（sudo）"],
    [{ status: 1, stderr: "EACCES: permission denied, open '/etc/ssl/certs'" }, "需要管理员权限（sudo）"],
    [{ status: 1, stderr: "/bin/sh: 1: update-ca-certificates: not found" }, "系统没有可用的证书工具或证书库"],
    [{ status: 1, stderr: "Something unexpected" }, "原因不明，可运行 npx office-addin-dev-certs install 查看详情"],
  ])("%p → %s, with an English version and none of the tool's text", (result, zh) => {
    const reason = certFailureReason(result);
    expect(reason.zh).toBe(zh);
    expect(reason.en).toMatch(/^[a-z]/);
    expect(`${reason.zh}${reason.en}`).not.toMatch(/Command failed|EACCES|Something unexpected|not found/);
  });
});
