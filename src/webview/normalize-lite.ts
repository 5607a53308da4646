// String.prototype.normalize for Trident (IE11 has none, and core-js offers none: the Unicode tables
// weigh more than the whole pane). The code calls only normalize("NFKC"), to read what a clerk typed
// with a Chinese input method as the ordinary characters: full-width ASCII （１２３ＡＢＣ（一）），
// ideographic and other wide spaces, full-width ￥￠￡￢￤, circled numbers ①–⑳. Those are mapped
// exactly as NFKC maps them (tests/webview/normalize-lite.test.ts compares with Node's own NFKC);
// anything else is left as it is — e.g. Kangxi radicals (⼀) stay unmapped in Trident (docs/compatibility.md).

const FULLWIDTH_SIGNS: Record<string, string> = { "\uffe0": "\u00a2", "\uffe1": "\u00a3", "\uffe2": "\u00ac", "\uffe4": "\u00a6", "\uffe5": "\u00a5" };

/** NFKC for the characters above; every other character unchanged. */
export function nfkcLite(s: string): string {
  return s.replace(/[\uff01-\uff5e\uffe0-\uffe2\uffe4\uffe5\u00a0\u2002-\u200a\u3000\u2460-\u2473]/g, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
    if (c >= 0x2460 && c <= 0x2473) return String(c - 0x245f);
    return FULLWIDTH_SIGNS[ch] ?? " ";
  });
}

/** Installs normalize where the webview has none: NFKC/NFKD as nfkcLite, NFC/NFD unchanged. */
export function installNormalize(proto: { normalize?: unknown }): void {
  if (typeof proto.normalize === "function") return;
  Object.defineProperty(proto, "normalize", {
    configurable: true,
    writable: true,
    value: function normalize(this: unknown, form?: string): string {
      const f = form === undefined ? "NFC" : String(form);
      if (!/^NF(K?)(C|D)$/.test(f)) throw new RangeError(`The normalization form should be one of NFC, NFD, NFKC, NFKD.`);
      return f.charAt(2) === "K" ? nfkcLite(String(this)) : String(this);
    },
  });
}
