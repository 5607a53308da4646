// Bytes to text. Published reports come as UTF-8 (web pages, most tools) or GBK/GB18030 (text saved
// on Chinese Windows); a BOM decides, else valid UTF-8 wins, else GB18030 (a superset of GBK).
// A file that cannot be read as text at all throws a UserError (the CLI exits 2).
import { UserError } from "../i18n/user-error";

// Binary formats people pass by mistake, by their first bytes; each has its own advice.
// A legacy Word/Excel 97-2003 file (OLE compound document) gets its own sentence: save it as .docx.
const SIGNATURES: { magic: number[]; kind: string; id?: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], kind: "PDF" }, // %PDF
  { magic: [0x50, 0x4b, 0x03, 0x04], kind: "ZIP/Office（docx/xlsx）" },
  { magic: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: "Office 97-2003（doc/xls）", id: "import.decode.ole" },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], kind: "RTF" }, // {\rtf: Word's rich text, often saved as .doc
];

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Excel, Word and WPS store a file with an open password as an OLE compound file holding an
// "EncryptedPackage" stream; its directory entry spells the name in UTF-16LE.
const ENCRYPTED_PACKAGE = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** An Office file protected by an open password (whatever its extension says). */
export function isEncryptedOffice(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, OLE_MAGIC)) return false;
  const first = ENCRYPTED_PACKAGE[0];
  for (let i = bytes.indexOf(first); i >= 0; i = bytes.indexOf(first, i + 1)) {
    if (ENCRYPTED_PACKAGE.every((b, j) => bytes[i + j] === b)) return true;
  }
  return false;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UserError("import.decode.empty");
  if (isEncryptedOffice(bytes)) throw new UserError("io.read.encrypted");
  for (const s of SIGNATURES) {
    if (startsWith(bytes, s.magic)) throw new UserError(s.id ?? "import.decode.binary", { kind: s.kind });
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strict("utf-8", bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return strict("utf-16le", bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return strict("utf-16be", bytes.subarray(2));
  // A NUL byte never occurs in UTF-8 or GB18030 text: this is some other binary file.
  if (bytes.indexOf(0) >= 0) throw new UserError("import.decode.binaryUnknown");
  const utf8 = attempt("utf-8", bytes);
  if (utf8 !== null) return utf8;
  return strict("gb18030", bytes);
}

function attempt(encoding: string, bytes: Uint8Array): string | null {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    // The environment does not know the encoding (Office 2019's WebView has UTF-8 only): say so,
    // rather than blame the file.
    throw new UserError("import.decode.unsupported", { encoding });
  }
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function strict(encoding: string, bytes: Uint8Array): string {
  const text = attempt(encoding, bytes);
  if (text === null) throw new UserError("import.decode.invalid", { encoding });
  return text;
}
