// Row labels as printed in real reports: broken across lines, prefixed by parents printed vertically
// (三、本年度办理结果 one character per line), preceded by a repeated table header after a page break,
// or edited by the clerk. The text gathered before a row's figures is matched against the format's
// labels in comparison-key form (labelKey), strongest evidence first.
import { labelKey } from "./normalize";

export interface LabelTarget {
  key: string;
  /** The label without its numbering and bracketed note: "部分公开" for （二）部分公开（区分处理的…）. */
  core: string;
}

export type MatchQuality = "end" | "contains" | "core" | "partial" | "scattered" | "near";

export interface LabelMatch {
  index: number;
  quality: MatchQuality;
  /** Where the match starts in the gathered key: text before it belongs to other (parent/header) labels. */
  at: number;
  /** Where it ends. */
  end: number;
  /** The label's beginning is in the match (its first characters, or its core's): false when only a
   *  later part of it was found, whose beginning may stand before earlier figures. */
  fromStart: boolean;
  /** After the label, before the figures, the beginning of another label: which of the two the
   *  figures belong to the text does not say. */
  nextBegins?: true;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/;

export function labelTarget(label: string): LabelTarget {
  const plain = label.replace(NUMBERING, "").replace(/[（(][^（()）]*[）)]$/, "");
  return { key: labelKey(label), core: labelKey(plain) };
}

const RANK: Record<MatchQuality, number> = { end: 6, contains: 5, core: 4, partial: 3, scattered: 2, near: 1 };

/**
 * The target that `gathered` (a comparison key) names, or null. Preference: the whole label at the end,
 * the whole label inside, its distinctive core inside (cores under three characters such as "其他" only
 * count with their numbering), then a long common run of the core (clerks' edits). Ties go to the
 * match nearest the end, then to a target not yet `taken`, then to the longer label.
 */
export function matchLabel(gathered: string, targets: LabelTarget[], taken: ReadonlySet<number> = new Set()): LabelMatch | null {
  const m = nearestLabel(gathered, targets, taken);
  if (!m) return null;
  // Only the beginning of another row's label stands between this label and the figures
  // ("3.危及“三安全一稳定” / 6.属于 / 109 … / 四类过程性信息"): the figures may be either row's.
  const after = gathered.slice(m.end);
  const opens = after.length >= 2 && targets.some((t, i) => i !== m.index && !taken.has(i) && t.key.startsWith(after));
  return opens ? { ...m, nextBegins: true } : m;
}

function nearestLabel(gathered: string, targets: LabelTarget[], taken: ReadonlySet<number>): LabelMatch | null {
  // The costly partial comparison runs only when no label is found whole or by its core.
  const whole = pick(gathered, targets, taken, exactly);
  if (!whole) return inPart(gathered, targets, taken);
  // The figures belong to the label printed nearest before them. PDF text may print a label's
  // end after its figures ("一 / 100 … / 、本年新收…数量"), so a whole label may stand before the
  // beginning of the next one ("…数量 二、上年结转…申请数"): then the figures are the next one's.
  const after = gathered.slice(whole.end);
  const next = after.length < 3 ? null : inPart(after, targets, taken);
  return next && next.index !== whole.index ? { ...next, at: next.at + whole.end, end: next.end + whole.end } : whole;
}

/** A label found in part (clerks' edits, wraps, typos), near the end of `g`. */
function inPart(g: string, targets: LabelTarget[], taken: ReadonlySet<number>): LabelMatch | null {
  const tail = g.slice(-60);
  const m = pick(tail, targets, taken, partly) ?? scattered(tail, targets) ?? pick(tail, targets, taken, nearly);
  const shift = g.length - tail.length;
  return m && { ...m, at: m.at + shift, end: m.end + shift };
}

/** Of a label's core, the share a wrapped label must show in pieces (below) to be that label. */
const SCATTERED_SHARE = 0.7;
/** …and by how much it must show more of it than of any other label: a tie is no evidence. */
const SCATTERED_MARGIN = 0.15;
const SCATTERED_MIN_CORE = 8;

/**
 * A long label printed in pieces with other text between them: PDF text puts a group label's
 * characters between a wrapped label's lines ("2、申请人逾期未按收费通知要 / 他处理 / 求缴纳费用、…",
 * the group label "（六）其他处理" printed down the first column). The label's core is found as
 * in-order pieces of 3 or more characters covering most of it, clearly more than any other label.
 */
function scattered(g: string, targets: LabelTarget[]): LabelMatch | null {
  let best: { index: number; share: number; at: number; end: number; fromStart: boolean } | null = null;
  let second = 0;
  targets.forEach((t, index) => {
    if (t.core.length < SCATTERED_MIN_CORE) return;
    const blocks = commonBlocks(g, 0, g.length, t.core, 0, t.core.length);
    const fromStart = blocks.length > 0 && blocks[0].bAt === 0;
    const share = blocks.reduce((n, b) => n + b.length, 0) / t.core.length;
    if (!best || share > best.share) {
      second = best?.share ?? second;
      best = { index, share, at: Math.min(...blocks.map((b) => b.at), g.length), end: Math.max(...blocks.map((b) => b.at + b.length), 0), fromStart };
    } else if (share > second) second = share;
  });
  const b = best as { index: number; share: number; at: number; end: number; fromStart: boolean } | null;
  if (!b || b.share < SCATTERED_SHARE || b.share - second < SCATTERED_MARGIN) return null;
  return { index: b.index, quality: "scattered", at: b.at, end: b.end, fromStart: b.fromStart };
}

/** The in-order common runs (3 characters or more) of a[a0..a1) and b[b0..b1), longest first
 *  (Ratcliff/Obershelp): `at` is where each starts in a. Short label texts only. */
function commonBlocks(a: string, a0: number, a1: number, b: string, b0: number, b1: number): { at: number; bAt: number; length: number }[] {
  const run = longestCommonRunIn(a, a0, a1, b, b0, b1);
  if (run.length < 3) return [];
  return [
    ...commonBlocks(a, a0, run.at, b, b0, run.bAt),
    run,
    ...commonBlocks(a, run.at + run.length, a1, b, run.bAt + run.length, b1),
  ];
}

function longestCommonRunIn(a: string, a0: number, a1: number, b: string, b0: number, b1: number): { at: number; bAt: number; length: number } {
  let prev = new Array<number>(b1 - b0 + 1).fill(0);
  let best = { at: a0, bAt: b0, length: 0 };
  for (let i = a0 + 1; i <= a1; i++) {
    const cur = new Array<number>(b1 - b0 + 1).fill(0);
    for (let j = 1; j <= b1 - b0; j++) {
      if (a[i - 1] === b[b0 + j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best.length) best = { at: i - cur[j], bAt: b0 + j - cur[j], length: cur[j] };
      }
    }
    prev = cur;
  }
  return best;
}

type Scorer = (g: string, t: LabelTarget) => { quality: MatchQuality; at: number; end: number; fromStart?: false } | null;

function pick(g: string, targets: LabelTarget[], taken: ReadonlySet<number>, scoreOne: Scorer): LabelMatch | null {
  let best: (LabelMatch & { score: number[] }) | null = null;
  for (let index = 0; index < targets.length; index++) {
    const t = targets[index];
    const m = t.key === "" ? null : scoreOne(g, t);
    if (!m) continue;
    // Best quality, then nearest the figures, then a target not yet taken, then the longer stretch
    // of label found, then the longer label.
    const score = [RANK[m.quality], m.end, taken.has(index) ? 0 : 1, m.end - m.at, t.key.length];
    if (!best || isGreater(score, best.score)) best = { index, quality: m.quality, at: m.at, end: m.end, fromStart: m.fromStart ?? true, score };
  }
  return best ? { index: best.index, quality: best.quality, at: best.at, end: best.end, fromStart: best.fromStart } : null;
}

function isGreater(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] > b[i];
  return false;
}

const exactly: Scorer = (g, t) => {
  if (g.endsWith(t.key)) return { quality: "end", at: g.length - t.key.length, end: g.length };
  const whole = g.lastIndexOf(t.key);
  if (whole >= 0) return { quality: "contains", at: whole, end: whole + t.key.length };
  if (t.core.length < 3) return null;
  const core = g.lastIndexOf(t.core);
  return core >= 0 ? { quality: "core", at: core, end: core + t.core.length } : null;
};

const partly: Scorer = (g, t) => {
  if (t.core.length < 3) return null;
  const run = longestCommonRunIn(g, 0, g.length, t.core, 0, t.core.length);
  if (run.length < Math.max(3, Math.ceil(t.core.length * 0.6))) return null;
  const m = { quality: "partial" as const, at: run.at, end: run.at + run.length };
  return run.bAt === 0 ? m : { ...m, fromStart: false };
};

/** A typo ("2.其他法律行政止公开"): the end of the gathered text is within a quarter of the label's
 *  length in edits of the whole label (labels of fewer than 6 characters are too short to tell). */
const nearly: Scorer = (g, t) => {
  if (t.key.length < 6) return null;
  const limit = Math.floor(t.key.length / 4);
  for (let len = Math.max(1, t.key.length - limit); len <= t.key.length + limit && len <= g.length; len++) {
    if (editDistance(g.slice(-len), t.key, limit) <= limit) return { quality: "near", at: g.length - len, end: g.length };
  }
  return null;
};

/** Levenshtein distance of two short strings, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length];
}

