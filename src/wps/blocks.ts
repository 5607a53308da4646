// The notes sheet's blocks (explanations, the highlight record) written through ET as the Office host
// writes them: a "General" header row, then the rows as text ("@" first, so "12", "=…" and ISO times
// stay text rather than becoming numbers, formulas or dates), each as one whole-range write.
import { TEXT_FORMAT } from "../layout/notes-sheet";
import { get } from "./et";
import type { EtRange, EtWorksheet } from "./et";
import { rangeA1, splitAddress, parseRange } from "../layout/a1";

export function writeBlock(block: EtRange, header: string[], rows: string[][]): void {
  const ws: EtWorksheet = get(block, "Worksheet");
  const r = parseRange(splitAddress(block.Address(false, false)).local);
  ws.Range(rangeA1({ ...r, bottom: r.top })).NumberFormat = "General";
  if (r.bottom > r.top) ws.Range(rangeA1({ ...r, top: r.top + 1 })).NumberFormat = TEXT_FORMAT;
  block.Value2 = [header, ...rows];
}
