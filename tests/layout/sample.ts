// The sample report for layout and xlsx tests: the one copy in tests/support/reports.ts.
export { SAMPLE_JSON, sampleReport } from "../support/reports";
