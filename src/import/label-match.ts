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

export type MatchQuality = "end" | "contains" | "core" | "partial" | "near";

export interface LabelMatch {
  index: number;
  quality: MatchQuality;
  /** Where the match starts in the gathered key: text before it belongs to other (parent/header) labels. */
  at: number;
}

const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.、．])/;

export function labelTarget(label: string): LabelTarget {
  const plain = label.replace(NUMBERING, "").replace(/[（(][^（()）]*[）)]$/, "");
  return { key: labelKey(label), core: labelKey(plain) };
}

const RANK: Record<MatchQuality, number> = { end: 5, contains: 4, core: 3, partial: 2, near: 1 };

/**
 * The target that `gathered` (a comparison key) names, or null. Preference: the whole label at the end,
 * the whole label inside, its distinctive core inside (cores under three characters such as "其他" only
 * count with their numbering), then a long common run of the core (clerks' edits). Ties go to the
 * match nearest the end, then to a target not yet `taken`, then to the longer label.
 */
export function matchLabel(gathered: string, targets: LabelTarget[], taken: ReadonlySet<number> = new Set()): LabelMatch | null {
  // The costly partial comparison runs only when no label is found whole or by its core.
  const whole = pick(gathered, targets, taken, exactly);
  if (whole) return whole;
  const tail = gathered.slice(-60);
  const m = pick(tail, targets, taken, partly) ?? pick(tail, targets, taken, nearly);
  return m && { ...m, at: m.at + gathered.length - tail.length };
}

type Scorer = (g: string, t: LabelTarget) => { quality: MatchQuality; at: number; end: number } | null;

function pick(g: string, targets: LabelTarget[], taken: ReadonlySet<number>, scoreOne: Scorer): LabelMatch | null {
  let best: (LabelMatch & { score: number }) | null = null;
  for (let index = 0; index < targets.length; index++) {
    const t = targets[index];
    const m = t.key === "" ? null : scoreOne(g, t);
    if (!m) continue;
    const score = RANK[m.quality] * 1e6 + m.end * 1e3 + (taken.has(index) ? 0 : 500) + t.key.length;
    if (!best || score > best.score) best = { index, quality: m.quality, at: m.at, score };
  }
  return best ? { index: best.index, quality: best.quality, at: best.at } : null;
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
  const run = longestCommonRun(g, t.core);
  if (run.length < Math.max(3, Math.ceil(t.core.length * 0.6))) return null;
  return { quality: "partial", at: run.at, end: run.at + run.length };
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

/** The longest run of `b` found in `a` (where it starts in `a`); O(|a|·|b|) on short label texts. */
function longestCommonRun(a: string, b: string): { at: number; length: number } {
  let prev = new Array<number>(b.length + 1).fill(0);
  let best = { at: 0, length: 0 };
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1] + 1;
        if (cur[j] > best.length) best = { at: i - cur[j], length: cur[j] };
      }
    }
    prev = cur;
  }
  return best;
}
