// The pages' Content-Security-Policy for both office.js modes (the local mode's 86 MB copy is
// too slow to build in every test run, so its policy is checked here directly).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildCsp, OFFICE_JS_CDN } = require("../../scripts/lib/csp") as {
  buildCsp: (o: { localOfficeJs: boolean; devServerPort?: number }) => string;
  OFFICE_JS_CDN: string;
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

  it("development adds only the dev server's live-reload socket", () => {
    expect(directive(buildCsp({ localOfficeJs: false, devServerPort: 3000 }), "connect-src")).toEqual(["'self'", "wss://localhost:3000"]);
  });

  it.each([false, true])("never allows eval, inline script or wildcards (local=%s)", (localOfficeJs) => {
    const csp = buildCsp({ localOfficeJs });
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
    expect(directive(csp, "object-src")).toEqual(["'none'"]);
  });
});
