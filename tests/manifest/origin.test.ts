import { chooseProductionOrigin, normalizeOrigin, rewriteOrigin, DEV_ORIGIN, PLACEHOLDER_ORIGIN } from "../../src/manifest/origin";

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

describe("choosing the production origin", () => {
  it("takes a configured https origin", () => {
    expect(chooseProductionOrigin({ configured: "https://xxgk.gov.cn/app" })).toEqual({ ok: true, origin: "https://xxgk.gov.cn/app/", placeholder: false });
  });

  it.each([undefined, "", "  ", PLACEHOLDER_ORIGIN, "https://xxgk.example.gov.cn"])("refuses %p without the trial flag, in one bilingual sentence", (configured) => {
    const choice = chooseProductionOrigin({ configured });
    expect(choice.ok).toBe(false);
    const message = choice.ok ? "" : choice.message;
    expect(message).toMatch(/^生产构建需要加载项的真实部署地址：请设置 XXGK_ORIGIN=.*XXGK_ALLOW_PLACEHOLDER=1.* \/ A production build needs/);
    expect(message).not.toContain("\n");
  });

  it("uses the placeholder only when a trial build asks for it", () => {
    expect(chooseProductionOrigin({ allowPlaceholder: true })).toEqual({ ok: true, origin: PLACEHOLDER_ORIGIN, placeholder: true });
  });

  it("reports an http:// origin as the https sentence, even for a trial build", () => {
    const choice = chooseProductionOrigin({ configured: "http://a.gov.cn/", allowPlaceholder: true });
    expect(choice).toEqual({ ok: false, message: '生产地址必须使用 https / The production origin must use https: "http://a.gov.cn/"' });
  });
});
