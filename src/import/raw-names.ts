// File names that are not UTF-8 (a folder copied from an old GBK system, a USB stick): Node turns
// such bytes into U+FFFD in a string, and a file opened by that string is "not found". A folder walk
// reads names as bytes; a name that does not decode shows its stray bytes as \xNN (as given, and
// unambiguous), and is registered here so the file is still opened by its raw bytes.
const raw = new Map<string, Buffer>();

// A name's control characters (a newline, ESC) are shown escaped too: a name is printed on a line of
// its own, and must not forge another line or drive the terminal (issue 19).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\x00-\x1f\x7f-\x9f]/g;
const escapeControls = (s: string): string => s.replace(CONTROL, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`));

/** A path given as text (a command-line argument): shown with its control characters escaped, and
 *  opened by what was given. */
export function displayArg(path: string): string {
  const shown = escapeControls(path);
  if (shown !== path) raw.set(shown, Buffer.from(path));
  return shown;
}

/** The path to show for `bytes`: UTF-8 where it decodes, each other byte as \xNN. */
export function displayPath(bytes: Buffer): string {
  const text = bytes.toString("utf8");
  if (!text.includes("\uFFFD") || Buffer.from(text, "utf8").equals(bytes)) {
    const shown = escapeControls(text);
    if (shown !== text) raw.set(shown, bytes);
    return shown;
  }
  let out = "";
  let at = 0;
  while (at < bytes.length) {
    const len = utf8Length(bytes, at);
    if (len > 0) {
      out += escapeControls(bytes.subarray(at, at + len).toString("utf8"));
      at += len;
    } else {
      out += `\\x${bytes[at].toString(16).padStart(2, "0")}`;
      at++;
    }
  }
  raw.set(out, bytes);
  return out;
}

/** What to hand to fs for a shown path: its raw bytes when it was registered, else the path itself. */
export function openPathOf(path: string): string | Buffer {
  return raw.get(path) ?? path;
}

/** The length of the valid UTF-8 sequence at `at`, 0 when the byte there starts none. */
function utf8Length(b: Buffer, at: number): number {
  const c = b[at];
  if (c < 0x80) return 1;
  const len = c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
  if (len === 0 || at + len > b.length) return 0;
  for (let i = 1; i < len; i++) if ((b[at + i] & 0xc0) !== 0x80) return 0;
  const s = b.subarray(at, at + len).toString("utf8");
  return s.includes("\uFFFD") ? 0 : len;
}
