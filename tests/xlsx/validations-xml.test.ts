// The CLI's .xlsx must not hold overlapping data validations: Excel reports such a file as damaged
// ("We found a problem with some content") or applies whichever rule it meets first. ExcelJS merges
// per-cell validations into ranges after sorting addresses as strings ("D10" before "D5"), which
// produced D10:I27 beside D5:I27. This reads the written sheet XML itself.
import JSZip from "jszip";
import { parseRange } from "../../src/layout/a1";
import type { RangePos } from "../../src/layout/a1";
import { planLayout } from "../../src/layout/plan";
import { writeWorkbook } from "../../src/xlsx/write-plan";

const overlaps = (a: RangePos, b: RangePos) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

async function sqrefsBySheet(format: "2019" | "2021"): Promise<Map<string, string[]>> {
  const zip = await JSZip.loadAsync(await writeWorkbook(planLayout(format, { year: format === "2019" ? 2020 : 2024, agency: "某区教育局" })));
  const out = new Map<string, string[]>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async("string");
    out.set(name, [...xml.matchAll(/<dataValidation\b[^>]*\bsqref="([^"]+)"/g)].flatMap((m) => m[1].split(/\s+/)));
  }
  return out;
}

describe.each(["2021", "2019"] as const)("data validations in the %s workbook's XML", (format) => {
  it("cover every validated cell of the plan exactly once: no two sqref ranges overlap", async () => {
    const bySheet = await sqrefsBySheet(format);
    let total = 0;
    for (const [sheet, refs] of bySheet) {
      const ranges = refs.map((r) => parseRange(r));
      for (let i = 0; i < ranges.length; i++)
        for (let j = i + 1; j < ranges.length; j++) expect([sheet, refs[i], refs[j], overlaps(ranges[i], ranges[j])]).toEqual([sheet, refs[i], refs[j], false]);
      total += ranges.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    }
    const planned = planLayout(format).sheets.flatMap((s) => s.validations).reduce((n, v) => {
      const r = parseRange(v.range);
      return n + (r.bottom - r.top + 1) * (r.right - r.left + 1);
    }, 0);
    expect(total).toBe(planned);
  });
});
