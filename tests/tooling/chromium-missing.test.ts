// The browser tests name their chromium with XXGK_CHROMIUM (default /usr/bin/chromium); when it is
// missing they fail with one sentence saying what to install, not playwright's English error.
describe("browser tests without chromium", () => {
  it("launch() says which path is missing and how to install or point at chromium", async () => {
    const saved = process.env.XXGK_CHROMIUM;
    process.env.XXGK_CHROMIUM = "/nonexistent/xxgk-chromium";
    try {
      let launch: (() => Promise<unknown>) | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        launch = (require("../e2e/support") as { launch: () => Promise<unknown> }).launch;
      });
      await expect(launch!()).rejects.toThrow(
        /^找不到 chromium：\/nonexistent\/xxgk-chromium 不存在。请安装 Debian 包 chromium（apt-get install chromium），或用 XXGK_CHROMIUM=浏览器路径 指定。 \/ chromium not found at \/nonexistent\/xxgk-chromium: install/
      );
    } finally {
      if (saved === undefined) delete process.env.XXGK_CHROMIUM;
      else process.env.XXGK_CHROMIUM = saved;
    }
  });
});
