// How a 同比 change reads — "增长7（+14.0%）", "减少3", "持平", "无法计算" — shared by `xxgk draft`
// and the pane's 同比 view, so both say it the same way.
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { YoyRow } from "./compare";

/** "+14.0%", "-3.5%"; "—" when there is no percentage (last year 0 or unknown). */
export const percentText = (row: Pick<YoyRow, "percent">): string =>
  row.percent === null ? "—" : `${row.percent > 0 ? "+" : ""}${row.percent.toFixed(1)}%`;

export function changeText(row: Pick<YoyRow, "change" | "percent">, lang: Lang): string {
  if (row.change === null) return t(lang, "yoy.change.unknown");
  if (row.change === 0) return t(lang, "yoy.change.same");
  const text = t(lang, row.change > 0 ? "yoy.change.up" : "yoy.change.down", { value: String(Math.abs(row.change)) });
  return row.percent === null ? text : `${text}（${percentText(row)}）`;
}
