// How each kind of cell looks. Inputs must look unlike labels and totals at a glance: pale yellow
// and unlocked; totals grey and bold (a formula, not to be typed over); labels plain. On paper the
// tables should look like the official format: the sheets print in black and white (PrintPlan), so
// Excel and WPS drop every fill, and the input fill is light enough to vanish where that option is
// ignored (LibreOffice).
import type { CellRole, HighlightKind, StylePlan } from "./types";

const SONG = "宋体"; // Excel and WPS fall back to SimSun / a CJK serif where 宋体 is absent
const FANGSONG = "仿宋";
const INPUT_FILL = "#FFFCE8";

export const STYLES: Record<CellRole, StylePlan> = {
  title: { font: { name: SONG, size: 14, bold: true }, horizontal: "center", vertical: "middle", locked: true },
  header: { font: { name: SONG, size: 10, bold: true }, horizontal: "center", vertical: "middle", wrap: true, border: true, locked: true },
  label: { font: { name: SONG, size: 10 }, horizontal: "left", vertical: "middle", wrap: true, border: true, locked: true },
  note: { font: { name: SONG, size: 9 }, horizontal: "left", vertical: "top", wrap: true, border: true, locked: true },
  input: {
    font: { name: SONG, size: 10 },
    fill: INPUT_FILL,
    horizontal: "center",
    vertical: "middle",
    border: true,
    numberFormat: "0",
    locked: false,
  },
  total: {
    font: { name: SONG, size: 10, bold: true },
    fill: "#E7E6E6",
    horizontal: "center",
    vertical: "middle",
    border: true,
    numberFormat: "0",
    locked: true,
  },
  narrative: { font: { name: FANGSONG, size: 12 }, fill: INPUT_FILL, horizontal: "left", vertical: "top", wrap: true, border: true, locked: false },
  prior: { font: { name: SONG, size: 10 }, fill: INPUT_FILL, horizontal: "center", vertical: "middle", border: true, locked: false },
  meta: { locked: true },
};

/** Amounts in 万元 keep their decimals (a fixed "0.00" would hide 0.125). */
export const AMOUNT_FORMAT = "General";

export const HIGHLIGHTS: Record<HighlightKind, StylePlan> = {
  error: { fill: "#FFC7CE", font: { color: "#9C0006", bold: true } },
  missing: { fill: "#FCE4D6", font: { color: "#833C0B" } },
};
