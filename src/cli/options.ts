// Every command's options as data (DESIGN §5): the strict parser (args.ts) and the help (help.ts)
// both read these tables, so an option exists once.
import { defaultReportYear, isFormatId } from "../format";
import { t } from "../i18n";
import type { Lang } from "../i18n";

export interface OptionSpec {
  /** Long name without dashes ("prior"); a one-letter name is written "-o". */
  name: string;
  /** Another spelling accepted for the same option ("out" for "o"). */
  alias?: string;
  /** The placeholder of its value (i18n id) when it takes one; a switch has none. */
  value?: string;
  /** i18n id of the one-line help. */
  help: string;
  /** The default shown in the help, computed when shown (the default year moves with the calendar). */
  default?: (lang: Lang) => string;
  /** Values it accepts, for the bad-value sentence; undefined = any text. */
  accepts?: { test: (v: string) => boolean; expected: string };
  /** May be given more than once (each value kept, in order: flagList); otherwise a second one is an error. */
  repeat?: true;
}

export interface CommandSpec {
  name: string;
  /** i18n ids of the usage line and the one-line summary. */
  usage: string;
  summary: string;
  /** How many positional arguments it takes at most (too few: each command says what it needs). */
  max: number;
  options: OptionSpec[];
}

export const LANG_VALUES = ["zh-CN", "zh", "en", "en-US"];

/** Options every command takes; main.ts reads --lang before the command. */
export const GLOBAL_OPTIONS: OptionSpec[] = [
  {
    name: "lang",
    value: "cli.opt.value.lang",
    help: "cli.opt.lang",
    default: () => "zh-CN",
    accepts: { test: (v) => LANG_VALUES.some((l) => l.toLowerCase() === v.toLowerCase()), expected: "zh-CN | en" },
  },
  { name: "help", alias: "h", help: "cli.opt.help" },
];

const PRIOR: OptionSpec = { name: "prior", value: "cli.opt.value.file", help: "cli.opt.prior" };
const FORCE: OptionSpec = { name: "force", help: "cli.opt.force" };
const JSON_SWITCH: OptionSpec = { name: "json", help: "cli.opt.json" };
const NO_OCR: OptionSpec = { name: "no-ocr", help: "cli.opt.noOcr" };
const OUT_XLSX: OptionSpec = { name: "o", alias: "out", value: "cli.opt.value.xlsx", help: "cli.opt.importOut" };

export const COMMAND_SPECS: CommandSpec[] = [
  {
    name: "template",
    usage: "cli.usage.template",
    summary: "cli.summary.template",
    max: 1,
    options: [
      { name: "year", value: "cli.opt.value.year", help: "cli.opt.year", default: () => String(defaultReportYear(new Date())) },
      { name: "agency", value: "cli.opt.value.agency", help: "cli.opt.agency" },
      {
        name: "format",
        value: "cli.opt.value.format",
        help: "cli.opt.format",
        default: (lang) => t(lang, "cli.opt.default.formatByYear"),
        accepts: { test: isFormatId, expected: "2019 | 2021" },
      },
      PRIOR,
      FORCE,
    ],
  },
  {
    name: "import",
    usage: "cli.usage.import",
    summary: "cli.summary.import",
    max: 1,
    options: [OUT_XLSX, PRIOR, JSON_SWITCH, FORCE, NO_OCR],
  },
  {
    name: "check",
    usage: "cli.usage.check",
    summary: "cli.summary.check",
    max: Infinity,
    options: [
      PRIOR,
      { name: "prior-dir", value: "cli.opt.value.dir", help: "cli.opt.priorDir" },
      JSON_SWITCH,
      { name: "report", value: "cli.opt.value.summary", help: "cli.opt.report" },
      FORCE,
      { name: "jobs", value: "cli.opt.value.jobs", help: "cli.opt.jobs", accepts: { test: (v) => /^[1-9]\d{0,2}$/.test(v), expected: "1–999" } },
      NO_OCR,
    ],
  },
  {
    name: "export",
    usage: "cli.usage.export",
    summary: "cli.summary.export",
    max: 1,
    options: [
      { name: "o", alias: "out", value: "cli.opt.value.exportOut", help: "cli.opt.exportOut" },
      { name: "narrative-only", help: "cli.opt.narrativeOnly" },
      { name: "yoy", help: "cli.opt.exportYoy" },
      { name: "prior", value: "cli.opt.value.file", help: "cli.opt.exportPrior" },
      FORCE,
    ],
  },
  {
    name: "draft",
    usage: "cli.usage.draft",
    summary: "cli.summary.draft",
    max: 1,
    options: [PRIOR, JSON_SWITCH],
  },
  {
    name: "consolidate",
    usage: "cli.usage.consolidate",
    summary: "cli.summary.consolidate",
    max: Infinity,
    options: [
      { name: "o", alias: "out", value: "cli.opt.value.xlsx", help: "cli.opt.consolidateOut" },
      { name: "agency", value: "cli.opt.value.agency", help: "cli.opt.consolidateAgency" },
      { name: "year", value: "cli.opt.value.year", help: "cli.opt.year", default: () => String(defaultReportYear(new Date())) },
      { name: "skip-errors", help: "cli.opt.skipErrors" },
      { name: "choose", value: "cli.opt.value.file", help: "cli.opt.consolidateChoose", repeat: true },
      FORCE,
    ],
  },
  {
    name: "explain",
    usage: "cli.usage.explain",
    summary: "cli.summary.explain",
    max: 2,
    options: [
      { name: "code", value: "cli.opt.value.code", help: "cli.opt.code" },
      { name: "cell", value: "cli.opt.value.cell", help: "cli.opt.cell" },
    ],
  },
  {
    name: "rules",
    usage: "cli.usage.rules",
    summary: "cli.summary.rules",
    max: 0,
    options: [JSON_SWITCH],
  },
  {
    name: "demo-files",
    usage: "cli.usage.demoFiles",
    summary: "cli.summary.demoFiles",
    max: 1,
    options: [FORCE],
  },
];

export function commandSpec(name: string): CommandSpec | undefined {
  return COMMAND_SPECS.find((c) => c.name === name);
}

/** "--prior", "-o": how the option is typed. */
export const dashed = (name: string): string => (name.length === 1 ? `-${name}` : `--${name}`);
