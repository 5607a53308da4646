// R10 (the part that needs only report data): the format must match the report year. Structure damage
// in workbooks and unreadable tables in published reports are found by the readers and arrive as R10
// findings of their own.
import { formatForYear } from "../format";
import type { Rule } from "./types";

export const FORMAT_YEAR_RULE: Rule = {
  id: "R10",
  run({ report }) {
    if (report.year === null) {
      return [{ rule: "R10", severity: "info", unevaluable: true, cells: [], msg: { id: "R10.yearUnknown", params: {} } }];
    }
    const expected = formatForYear(report.year);
    if (expected === report.format) return [];
    return [
      {
        rule: "R10",
        severity: "error",
        cells: [],
        msg: { id: "R10.formatForYear", params: { year: report.year, expected, actual: report.format } },
      },
    ];
  },
};
