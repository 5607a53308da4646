// Numbers as the narrative writes them: "62 件", "1,699 宗", "12.36 个工作日", "100%", "十二件",
// "二〇二四年". Each comes with its unit, so the rules can tell a count from an amount, a share,
// a duration or a year; only counts can contradict a table of counts.

export interface NumberMention {
  value: number;
  /** The text as written, number and unit. */
  raw: string;
  /** Normalised unit: "件", "元", "万元", "%", "工作日", "年" …; "" when none follows. */
  unit: string;
  start: number;
  end: number;
  /** "60 余件", "约 60 件", "60 多件": not an exact count. */
  approx: boolean;
  /** "第三件": an ordinal, not a count. */
  ordinal: boolean;
}

/** Units a table-三/四/二 count can be stated in. */
export const COUNT_UNITS = new Set(["件", "宗", "个", "次", "条", "项", "起", "份", "件次"]);
export const MONEY_UNITS = new Set(["元", "万元"]);

// Longest first: "个工作日" must win over "个", "万元" over a bare numeral's "万", "件次" over "件".
const UNIT_WORDS = [
  "个工作日", "工作日", "个月", "小时", "万元", "亿元", "件次", "人次", "年度",
  "件", "宗", "个", "次", "条", "项", "起", "份", "篇", "人", "批", "面", "封", "本", "家",
  "元", "天", "日", "年", "月", "%", "％", "‰",
];
const UNIT_NORMAL: Record<string, string> = { 个工作日: "工作日", "％": "%", 年度: "年" };

const CN_DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十二 → 12, 一百零三 → 103, 两万 → 20000, 二〇二四 → 2024 (digit by digit); null if not a numeral. */
export function chineseToNumber(s: string): number | null {
  if (!s) return null;
  // Written digit by digit, as years are (二〇二四): no 十/百/千/万 in it.
  if (!/[十百千万]/.test(s)) {
    if (s.length === 1) return CN_DIGIT[s] ?? null;
    let out = 0;
    for (const ch of s) {
      if (!(ch in CN_DIGIT)) return null;
      out = out * 10 + CN_DIGIT[ch];
    }
    return out;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
    else if (ch in CN_UNIT) {
      // A leading 十 means 一十 (十二 = 12).
      section += (digit ?? 1) * CN_UNIT[ch];
      digit = null;
    } else if (ch === "万") {
      total += (section + (digit ?? 0)) * 10000;
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const FULLWIDTH_DIGITS = /[\uFF10-\uFF19]/g;
const halfWidth = (s: string) => s.replace(FULLWIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

const UNIT_ALT = UNIT_WORDS.join("|");
// Arabic digits (half- or full-width, with thousands separators) or a run of Chinese numerals;
// then optional 余/多 (approximate) and a unit.
const NUMBER = new RegExp(
  `([0-9\\uFF10-\\uFF19][0-9\\uFF10-\\uFF19,，]*(?:[.．][0-9\\uFF10-\\uFF19]+)?|[零〇一二两三四五六七八九十百千万]+)` +
    `[ \\t\\u3000]*(余|多)?[ \\t\\u3000]*(${UNIT_ALT})?`,
  "g",
);

/** Enough for the longest word looked for before a number (大约, 百分之) and some spaces. */
const LOOK_BEHIND = 24;
const APPROX_BEFORE = /(约|近|大约|将近|超过|逾|上千|数)\s*$/;
const APPROX_AFTER = /^\s*(左右|以上|余|多)/;

/** Every number in `text` with its unit. Chinese numerals count only when a unit follows, since
 *  一 alone is far more often a word (一是, 进一步, 统一) than a number. */
export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const [raw, digits, approxMark, unitWord] = m;
    const arabic = /^[0-9\uFF10-\uFF19]/.test(digits);
    // "12345 热线" and "2024 年" keep their numbers; a Chinese numeral needs a unit to be one.
    if (!arabic && !unitWord) continue;
    // "一次性" and "一件事" are words, not counts; nor is the 一 of 上一年 / 下一年度.
    const after = text.slice(m.index + raw.length);
    if (!arabic && /^[性事]/.test(after)) continue;
    // Only the few characters before the number are looked at: a test anchored at the end of the whole
    // text before it costs the text's length per number — quadratic in a long appendix (issue 19).
    const before = text.slice(Math.max(0, m.index - LOOK_BEHIND), m.index);
    if (!arabic && digits === "一" && /[上下]$/.test(before)) continue;
    const value = arabic
      ? Number(halfWidth(digits).replace(/[,，]/g, "").replace("．", "."))
      : chineseToNumber(digits);
    if (value === null || !Number.isFinite(value)) continue;
    // A trailing "，" belongs to the sentence, not to the number ("62，其中"): give it back.
    let cleanRaw = raw;
    if (/[,，]$/.test(digits) && !unitWord) cleanRaw = raw.replace(/[,，]\s*$/, "");
    let unit = unitWord ? UNIT_NORMAL[unitWord] ?? unitWord : "";
    if (/百分之\s*$/.test(before)) unit = "%";
    out.push({
      value,
      raw: cleanRaw,
      unit,
      start: m.index,
      end: m.index + cleanRaw.length,
      approx: Boolean(approxMark) || APPROX_BEFORE.test(before) || (!unitWord && APPROX_AFTER.test(after)) || /^\s*左右/.test(after),
      ordinal: /第\s*$/.test(before),
    });
  }
  return out;
}

export const isCount = (m: NumberMention): boolean => COUNT_UNITS.has(m.unit) && !m.approx && !m.ordinal;
export const isMoney = (m: NumberMention): boolean => MONEY_UNITS.has(m.unit);
