// How large an input may be, per kind, checked before a byte is parsed (issue 11). Each limit is far
// above any real report (the largest sample is a 410 KB PDF and an 11 KB text) and far below what
// would exhaust memory: a runaway or wrong file gets one sentence naming the limit, not a crash.
// A zip (.docx, .xlsx) is judged by its central directory — each part's and the total unpacked
// size — so a zip bomb is refused before anything is inflated. Pure: no Node or Office globals.
import { UserError } from "../i18n/user-error";

export type InputKind = "text" | "html" | "docx" | "xlsx" | "pdf" | "image";

const MB = 1024 * 1024;

export interface Limit {
  /** The file's size on disk. */
  file: number;
  /** A zip's largest part, unpacked. */
  part?: number;
  /** A zip's parts together, unpacked. */
  unpacked?: number;
}

export const LIMITS: Record<InputKind, Limit> = {
  text: { file: 10 * MB },
  html: { file: 20 * MB },
  docx: { file: 50 * MB, part: 50 * MB, unpacked: 200 * MB },
  // As the light reader of `check` (xlsx/light/zip-parts.ts): every reader refuses the same workbooks.
  xlsx: { file: 50 * MB, part: 32 * MB, unpacked: 96 * MB },
  pdf: { file: 100 * MB },
  // A picture of a report (import/image.ts): a multi-page TIFF of a long report at 300 dpi, or a
  // phone photo, is well under this; its pixels are bounded page by page (ocr/image-decode.ts).
  image: { file: 100 * MB },
};

/** What reading one PDF may cost (issue 19), beyond its size on disk: a report is a few dozen pages
 *  (appendices included, well under the page limit); a scanned A4 page at 300 dpi in colour inflates
 *  to about 26 MB; a real report reads in seconds. Pages and time are bounded as pdf.js reads
 *  (pdf-text.ts), inflation before it does (pdf-bounds.ts). */
export const PDF_BOUNDS = {
  pages: 100,
  streamInflated: 64 * MB,
  fileInflated: 256 * MB,
  millis: 30_000,
};

/** Elements (HTML) or tables (.docx) nested deeper than this are read as if flat: no report nests so
 *  deep, and every walk over the tree stays far from the stack's end. */
export const MAX_NESTING = 100;

/** Pictures of a report, read by OCR (import/image.ts). */
export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg", ".tif", ".tiff"];

/** The kind a file's name says; anything else is read as text. */
export function inputKindOf(fileName: string): InputKind {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  if (ext === "html" || ext === "htm") return "html";
  if (ext === "docx" || ext === "xlsx" || ext === "pdf") return ext;
  if (IMAGE_EXTENSIONS.includes(`.${ext}`)) return "image";
  if (ext === "doc") return "docx"; // a .doc is often a .docx or a web page under the old name
  return "text";
}

/** "10 MB", "1.5 KB": sizes as a clerk reads them. */
export function sizeText(bytes: number): string {
  if (bytes >= MB) return `${+(bytes / MB).toFixed(1)} MB`;
  if (bytes >= 1024) return `${+(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** Throws a UserError when a file of `size` bytes is over its kind's limit. */
export function checkFileSize(kind: InputKind, size: number): void {
  const limit = LIMITS[kind].file;
  if (size > limit) throw new UserError("io.limit.tooLarge", { size: sizeText(size), limit: sizeText(limit) }).withWords("kind", `io.kind.${kind}`);
}

export interface ZipEntry {
  name: string;
  unpacked: number;
}

/** The entries a zip's central directory lists; [] when none can be found (the zip reader then says
 *  the file is damaged). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record: in the last 64 KB + 22 bytes (its comment is at most 64 KB).
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return [];
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const names = new TextDecoder("utf-8");
  for (let n = 0; n < count && at + 46 <= bytes.length; n++) {
    if (view.getUint32(at, true) !== 0x02014b50) break;
    const unpacked = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // A ZIP64 entry stores 0xFFFFFFFF here: more than any limit, so it is refused as too large.
    entries.push({ name, unpacked });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** Throws a UserError when a zip's parts unpack to more than its kind allows. */
export function checkZip(kind: "docx" | "xlsx", bytes: Uint8Array): void {
  const limit = LIMITS[kind];
  let total = 0;
  for (const e of zipEntries(bytes)) {
    if (limit.part !== undefined && e.unpacked > limit.part) {
      throw new UserError("io.limit.partTooLarge", { part: e.name, limit: sizeText(limit.part) }).withWords("kind", `io.kind.${kind}`);
    }
    total += e.unpacked;
    if (limit.unpacked !== undefined && total > limit.unpacked) {
      throw new UserError("io.limit.unpackedTooLarge", { limit: sizeText(limit.unpacked) }).withWords("kind", `io.kind.${kind}`);
    }
  }
}
