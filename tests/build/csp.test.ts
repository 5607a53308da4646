// The pages' Content-Security-Policy for both office.js modes (the local mode's 86 MB copy is
// too slow to build in every test run, so its policy is checked here directly).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCsp, officeJsMode, officeJsSrc, OFFICE_JS_CDN, OFFICE_JS_21VIANET } = require("../../scripts/lib/csp") as {
  buildCsp: (o: { localOfficeJs?: boolean; officeJs?: string; devServerPort?: number }) => string;
  officeJsMode: (value: string | undefined) => string | Error;
  officeJsSrc: (mode: string) => string;
  OFFICE_JS_CDN: string;
  OFFICE_JS_21VIANET: string;
};

const directive = (csp: string, name: string): string[] | undefined =>
  csp.split(";").map((d) => d.trim().split(/\s+/)).find(([k]) => k === name)?.slice(1);

describe("Content-Security-Policy", () => {
  it("CDN mode allows scripts only from itself and Microsoft's office.js origin", () => {
    const csp = buildCsp({ localOfficeJs: false });
    expect(OFFICE_JS_CDN).toBe("https://appsforoffice.microsoft.com/lib/1/hosted/office.js");
    expect(directive(csp, "script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
  });

  it("local mode allows no other origin at all", () => {
    const csp = buildCsp({ localOfficeJs: true });
    expect(csp).not.toMatch(/https?:|wss?:/);
    expect(directive(csp, "script-src")).toEqual(["'self'"]);
    expect(directive(csp, "img-src")).toEqual(["'self'", "data:"]);
  });

  it("21Vianet mode allows scripts only from itself and 世纪互联's office.js origin", () => {
    const csp = buildCsp({ officeJs: "21vianet" });
    expect(OFFICE_JS_21VIANET).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
    expect(directive(csp, "script-src")).toEqual(["'self'", "https://appsforoffice.cdn.partner.office365.cn"]);
    expect(directive(csp, "connect-src")).toEqual(["'self'"]);
    expect(csp).not.toContain("microsoft.com");
  });

  it("XXGK_OFFICE_JS names one of three sources; a typo is refused, never a silent fallback", () => {
    expect([undefined, "", "cdn", "local", "21vianet", "21Vianet"].map((v) => officeJsMode(v))).toEqual(["", "", "", "local", "21vianet", "21vianet"]);
    expect(officeJsSrc("")).toBe(OFFICE_JS_CDN);
    expect(officeJsSrc("local")).toBe("office-js/office.js");
    expect(officeJsSrc("21vianet")).toBe(OFFICE_JS_21VIANET);
    const typo = officeJsMode("21viannet");
    expect(typo).toBeInstanceOf(Error);
    expect((typo as Error).message).toContain("XXGK_OFFICE_JS=21viannet");
  });

  it("development adds only the dev server's live-reload socket", () => {
    expect(directive(buildCsp({ localOfficeJs: false, devServerPort: 3000 }), "connect-src")).toEqual(["'self'", "wss://localhost:3000"]);
  });

  it.each(["", "local", "21vianet"])("never allows eval, inline script or wildcards (office.js mode '%s')", (officeJs) => {
    const csp = buildCsp({ officeJs });
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
  });
});
