// `xxgk draft FILE [--prior LASTYEAR] [--json]`: the statistical paragraphs drafted from a report's
// tables (src/draft), for the clerk to review and paste; with last year's report, the key figures
// beside last year's (同比) and a 同比 clause in the drafts. FILE is any report or workbook the tool reads.
import { draftAll } from "../draft";
import { missingText } from "../draft/missing-text";
import { getFormat } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";
import { priorFrom } from "../model/report";
import { compareYears } from "../yoy";
import type { YoyRow } from "../yoy";
import { changeText } from "../yoy/change-text";
import { flag } from "./args";
import type { Args } from "./args";
import type { CliIO } from "./io";
import { prettyJson } from "./json-text";
import { sayPriorMismatch } from "./prior";
import { readOrSay } from "./unreadable";

function yoyLine(row: YoyRow, lang: Lang): string {
  const value = (n: number | null) => (n === null ? "—" : String(n));
  return t(lang, "draft.yoy.row", { figure: t(lang, `yoy.figure.${row.id}`), now: value(row.now), last: value(row.last), change: changeText(row, lang) });
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
  const priorFile = flag(args, "prior");
  const last = priorFile ? await readOrSay(priorFile, io, "cli.prior.unreadable") : null;
  if (priorFile && !last) return 2;
  if (priorFile && last) sayPriorMismatch(priorFile, last.report, report, io);
  const prior = last ? priorFrom(last.report) : read.prior;
  const drafts = draftAll(report, prior);
  const yoy = prior ? compareYears(report, prior) : [];
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
        yoy: yoy.map((r) => ({ figure: r.id, keys: r.keys, now: r.now, last: r.last, change: r.change, percent: r.percent })),
      }),
    );
    return 0;
  }
  io.out(t(io.lang, "draft.header", { file, year: report.year ?? "?", agency: report.agency ?? "?" }));
  for (const d of drafts) {
    io.out(`\n【${t(io.lang, `draft.place.${d.place}`)}】`);
    io.out(d.text ?? missingText(f, d, io.lang));
  }
  if (yoy.length > 0) {
    io.out(`\n【${t(io.lang, "draft.yoy.header", { year: prior?.year ?? "?" })}】`);
    for (const row of yoy) io.out(yoyLine(row, io.lang));
  }
  return 0;
}
