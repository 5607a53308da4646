// UTF-8 TextEncoder/TextDecoder for WebViews without them (EdgeHTML 18, Office 2019's). Only UTF-8:
// a GBK decoder needs tables far bigger than the rest of the pane, so other labels are refused with
// RangeError exactly as a browser refuses an encoding it does not know (import/decode.ts says so in a
// sentence). Installed by polyfills.ts only where the native ones are missing.

const REPLACEMENT = 0xfffd;

export class Utf8Encoder {
  readonly encoding = "utf-8";
  encode(input = ""): Uint8Array {
    const out: number[] = [];
    for (let i = 0; i < input.length; i++) {
      let cp = input.charCodeAt(i);
      if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < input.length) {
        const lo = input.charCodeAt(i + 1);
        if (lo >= 0xdc00 && lo <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
          i++;
        }
      }
      if (cp >= 0xd800 && cp <= 0xdfff) cp = REPLACEMENT; // a lone surrogate
      if (cp < 0x80) out.push(cp);
      else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
      else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
      else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    }
    return new Uint8Array(out);
  }
}

export class Utf8Decoder {
  readonly encoding = "utf-8";
  readonly fatal: boolean;
  constructor(label = "utf-8", options: { fatal?: boolean } = {}) {
    if (!/^\s*(utf-?8|unicode-1-1-utf-8)\s*$/i.test(label)) throw new RangeError(`The encoding label provided ('${label}') is invalid.`);
    this.fatal = options.fatal === true;
  }

  decode(input?: ArrayBuffer | ArrayBufferView): string {
    const bytes = input === undefined ? new Uint8Array(0) : ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
    let out = "";
    let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // the BOM, as browsers do
    while (i < bytes.length) {
      const b = bytes[i];
      const [need, min, initial] = b < 0x80 ? [0, 0, b] : b >= 0xc2 && b <= 0xdf ? [1, 0x80, b & 31] : b >= 0xe0 && b <= 0xef ? [2, 0x800, b & 15] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000, b & 7] : [-1, 0, 0];
      let cp = initial;
      let ok = need >= 0 && i + need < bytes.length + (need === 0 ? 1 : 0);
      for (let k = 1; ok && k <= need; k++) {
        const c = bytes[i + k];
        if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
        else cp = (cp << 6) | (c & 63);
      }
      if (ok && (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))) ok = false;
      if (!ok) {
        if (this.fatal) throw new TypeError("The encoded data was not valid.");
        out += String.fromCharCode(REPLACEMENT);
        i++;
        continue;
      }
      out += cp < 0x10000 ? String.fromCharCode(cp) : String.fromCharCode(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 1023));
      i += need + 1;
    }
    return out;
  }
}
