import { normalizeOrigin, rewriteOrigin, DEV_ORIGIN } from "../../src/manifest/origin";

describe("production origin", () => {
  it("normalizes to exactly one trailing slash and keeps a path", () => {
    expect(normalizeOrigin("https://xxgk.gov.cn")).toBe("https://xxgk.gov.cn/");
    expect(normalizeOrigin(" https://a.gov.cn:8443/addins/xxgk// ")).toBe("https://a.gov.cn:8443/addins/xxgk/");
  });

  it.each(["http://a.gov.cn/", "a.gov.cn", "https://a.gov.cn/?x=1", "https://a.gov.cn/#top"])("rejects %s", (origin) => {
    expect(() => normalizeOrigin(origin)).toThrow(/生产地址.* \/ .*origin/);
  });

  it("rewrites every dev URL and nothing else", () => {
    const xml = `<a u="${DEV_ORIGIN}taskpane.html"/><b u="${DEV_ORIGIN}assets/icon-32.png"/><c u="https://localhost:3001/x"/>`;
    expect(rewriteOrigin(xml, "https://xxgk.gov.cn/app")).toBe(
      '<a u="https://xxgk.gov.cn/app/taskpane.html"/><b u="https://xxgk.gov.cn/app/assets/icon-32.png"/><c u="https://localhost:3001/x"/>'
    );
  });
});
