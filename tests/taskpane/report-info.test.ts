// The 报告信息 form's pure logic: its defaults, the format a year requires and the validation sentences.
import { defaultReportYear } from "../../src/format";
import { formatForDraft, infoDefaults, MAX_AGENCY_CHARS, parseYear, validateInfo } from "../../src/taskpane/report-info";

const JAN_2025 = new Date(2025, 0, 10);
const DEC_2025 = new Date(2025, 11, 31, 23, 59);

describe("defaults", () => {
  test("the report being prepared now and a blank agency for a new workbook", () => {
    expect(infoDefaults(null, JAN_2025)).toEqual({ year: "2024", agency: "" });
    // Issue 18: in December the report being prepared is this year's.
    expect(infoDefaults(null, DEC_2025)).toEqual({ year: "2025", agency: "" });
    expect(infoDefaults({ year: null, agency: null }, new Date(2026, 0, 1))).toEqual({ year: "2025", agency: "" });
  });
  test("the workbook's own year and agency when it has them", () => {
    expect(infoDefaults({ year: 2021, agency: " 某区教育局 " }, JAN_2025)).toEqual({ year: "2021", agency: "某区教育局" });
    expect(infoDefaults({ year: null, agency: "某区教育局" }, JAN_2025)).toEqual({ year: "2024", agency: "某区教育局" });
  });
  test("defaultReportYear is the one default the CLI and the hosts share", () => {
    expect(defaultReportYear(JAN_2025)).toBe(2024);
    expect(defaultReportYear(new Date(2030, 5, 1))).toBe(2029);
  });
});

describe("the format line", () => {
  test("2019 and 2020 need the trial format, 2021 on the current one; nothing for an unusable year", () => {
    expect(formatForDraft("2019", JAN_2025)).toBe("2019");
    expect(formatForDraft("2020", JAN_2025)).toBe("2019");
    expect(formatForDraft("2021", JAN_2025)).toBe("2021");
    expect(formatForDraft("２０２４", JAN_2025)).toBe("2021");
    expect(formatForDraft("2018", JAN_2025)).toBeNull();
    expect(formatForDraft("2026", JAN_2025)).toBeNull();
    expect(formatForDraft("", JAN_2025)).toBeNull();
    expect(formatForDraft("20", JAN_2025)).toBeNull();
  });
  test("parseYear takes whole numbers only", () => {
    expect(parseYear(" 2024 ")).toBe(2024);
    expect(parseYear("2024.5")).toBeNull();
    expect(parseYear("2024年")).toBeNull();
    expect(parseYear("-2024")).toBeNull();
    expect(parseYear("1e3")).toBeNull();
  });
});

describe("validation", () => {
  const ok = (year: string, agency: string, today = JAN_2025) => validateInfo({ year, agency }, today, "zh-CN");

  test("a good year and agency give the year's format", () => {
    expect(ok("2023", "某区教育局")).toEqual({ ok: true, info: { year: 2023, agency: "某区教育局", format: "2021" } });
    expect(ok("2020", "某区教育局")).toEqual({ ok: true, info: { year: 2020, agency: "某区教育局", format: "2019" } });
    expect(ok("2019", "某区教育局")).toMatchObject({ ok: true });
    expect(ok("2025", "某区教育局")).toMatchObject({ ok: true }); // the current year: a report written in December
    expect(ok("２０２３", "  某区  教育局 ")).toEqual({ ok: true, info: { year: 2023, agency: "某区 教育局", format: "2021" } });
  });

  test("the year: blank, not a whole number, out of range — each its own Chinese sentence", () => {
    expect(ok("", "某区教育局")).toEqual({ ok: false, errors: { year: "请填写报告年度。" } });
    expect(ok("2023.5", "某区教育局")).toEqual({ ok: false, errors: { year: "报告年度应为四位整数，例如 2024。" } });
    expect(ok("abc", "某区教育局")).toEqual({ ok: false, errors: { year: "报告年度应为四位整数，例如 2024。" } });
    expect(ok("2018", "某区教育局")).toEqual({ ok: false, errors: { year: "报告年度应在 2019 年至 2025 年之间。" } });
    expect(ok("2026", "某区教育局")).toEqual({ ok: false, errors: { year: "报告年度应在 2019 年至 2025 年之间。" } });
    expect(ok("2026", "某区教育局", new Date(2026, 0, 1))).toMatchObject({ ok: true });
  });

  test("the agency: required, at most 60 characters counted as a reader counts them", () => {
    expect(ok("2024", "")).toEqual({ ok: false, errors: { agency: "请填写机关名称。" } });
    expect(ok("2024", " \t ")).toEqual({ ok: false, errors: { agency: "请填写机关名称。" } });
    expect(ok("2024", "局".repeat(MAX_AGENCY_CHARS))).toMatchObject({ ok: true });
    expect(ok("2024", "局".repeat(MAX_AGENCY_CHARS + 1))).toEqual({ ok: false, errors: { agency: "机关名称不能超过 60 个字（现为 61 个字）。" } });
    expect(ok("2024", "𠮷".repeat(MAX_AGENCY_CHARS))).toMatchObject({ ok: true }); // outside the BMP: one character, two UTF-16 units
  });

  test("both fields wrong: both sentences", () => {
    expect(ok("19", "")).toEqual({ ok: false, errors: { year: "报告年度应在 2019 年至 2025 年之间。", agency: "请填写机关名称。" } });
  });

  test("on a laid-out workbook, a year needing the other format is refused", () => {
    expect(validateInfo({ year: "2023", agency: "某区" }, JAN_2025, "zh-CN", "2019")).toMatchObject({ ok: false, errors: { year: expect.stringContaining("请在新的工作簿中生成模板") } });
    expect(validateInfo({ year: "2020", agency: "某区" }, JAN_2025, "zh-CN", "2021")).toMatchObject({ ok: false });
    expect(validateInfo({ year: "2020", agency: "某区" }, JAN_2025, "zh-CN", "2019")).toMatchObject({ ok: true });
    expect(validateInfo({ year: "2024", agency: "某区" }, JAN_2025, "zh-CN", "2021")).toMatchObject({ ok: true });
  });

  test("English sentences for an English Office", () => {
    expect(validateInfo({ year: "", agency: "" }, JAN_2025, "en-US")).toEqual({
      ok: false,
      errors: { year: "Please enter the report year.", agency: "Please enter the agency's name." },
    });
  });
});
