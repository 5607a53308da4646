// Our npm scripts run office-addin-* tools; none of them may send usage data. The pinned
// office-addin-usage-data must be the release whose reporting is removed (3.x); if a downgrade
// brings back a reporting release, this fails and scripts/lib/no-telemetry.js turns it off.
import { readFileSync } from "fs";
import { join } from "path";
import { OfficeAddinUsageData } from "office-addin-usage-data";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { usageDataIsInert } = require("../../scripts/lib/no-telemetry") as { usageDataIsInert: () => boolean };

describe("usage data (telemetry)", () => {
  it("the installed office-addin-usage-data cannot report", () => {
    expect(usageDataIsInert()).toBe(true);
    const usage = new OfficeAddinUsageData({ projectName: "xxgk", instrumentationKey: "x", promptQuestion: "", raisePrompt: false });
    expect(usage.isUsageDataOn()).toBe(false);
  });

  it("every copy of it in node_modules is 3.x or later", () => {
    const lock = JSON.parse(readFileSync(join(__dirname, "..", "..", "package-lock.json"), "utf8")) as {
      packages: Record<string, { version?: string }>;
    };
    const copies = Object.entries(lock.packages).filter(([p]) => p.endsWith("node_modules/office-addin-usage-data"));
    expect(copies.length).toBeGreaterThan(0);
    for (const [, info] of copies) expect(Number(info.version?.split(".")[0])).toBeGreaterThanOrEqual(3);
  });
});
