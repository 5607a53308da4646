// `xxgk draft FILE [--json]`: the statistical paragraphs drafted from a report's tables (src/draft),
// for the clerk to review and paste. FILE is any report or workbook the tool reads.
import { cellLabel } from "../rules/cell-label";
import { draftAll } from "../draft";
import type { Draft } from "../draft";
import { getFormat } from "../format";
import type { FormatSpec } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { prettyJson } from "./json-text";
import { readOrSay } from "./unreadable";

const SHOWN = 4;

function missingText(f: FormatSpec, d: Draft, lang: Lang): string {
  let cells = d.missing.slice(0, SHOWN).map((k) => cellLabel(f, k, lang)).join("、");
  if (d.missing.length > SHOWN) cells = t(lang, "draft.missingMore", { cells, n: d.missing.length });
  return t(lang, "draft.missing", { cells });
}

export async function draftCommand(args: Args, io: CliIO): Promise<number> {
  const [file] = args.positional;
  if (!file) {
    io.err(t(io.lang, "draft.noFile"));
    return 2;
  }
  const read = await readOrSay(file, io, "cli.verdict.unreadable");
  if (!read) return 2;
  const { report } = read;
  const f = getFormat(report.format);
  const drafts = draftAll(report);
  if (args.flags.json === true) {
    io.out(
      prettyJson({
        file,
        year: report.year,
        agency: report.agency,
        drafts: drafts.map((d) => ({
          place: d.place,
          heading: t(io.lang, `draft.place.${d.place}`),
          text: d.text,
          figures: d.figures.map((x) => ({ keys: x.keys, value: x.value })),
          missing: d.missing,
        })),
      }),
    );
    return 0;
  }
  io.out(t(io.lang, "draft.header", { file, year: report.year ?? "?", agency: report.agency ?? "?" }));
  for (const d of drafts) {
    io.out(`\n【${t(io.lang, `draft.place.${d.place}`)}】`);
    io.out(d.text ?? missingText(f, d, io.lang));
  }
  return 0;
}
