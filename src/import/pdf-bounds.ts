// What a PDF may cost before pdf.js reads it (issue 19). pdf.js inflates a page's content stream
// whole: a 1 MB file whose page inflates to 1 GiB took 2.2 GB and was then called a scan. Every
// Flate stream of the file is inflated here first, as a count under a cap per stream and per file,
// and dropped; a file over either cap is refused in a sentence. The caps are in limits.ts; pages and
// time are bounded in pdf-text.ts. Node only (zlib).
import { constants, inflateSync } from "zlib";
import { UserError } from "../i18n/user-error";
import { PDF_BOUNDS, sizeText } from "./limits";

const STREAM = Buffer.from("stream");
const FLATE = Buffer.from("FlateDecode");
/** How far back from "stream" the stream's dictionary is looked for. */
const DICT_WINDOW = 2048;

/** Throws a UserError when a Flate stream of the PDF, or all of them, inflate past the caps. */
export function checkPdfInflation(bytes: Uint8Array, bounds = PDF_BOUNDS): void {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (let at = buf.indexOf(STREAM); at >= 0; at = buf.indexOf(STREAM, at + STREAM.length)) {
    // "stream" followed by CRLF or LF starts data; "endstream" does not.
    if (at >= 3 && buf.toString("latin1", at - 3, at) === "end") continue;
    let start = at + STREAM.length;
    if (buf[start] === 0x0d) start++;
    if (buf[start] !== 0x0a) continue;
    start++;
    const dictStart = Math.max(0, at - DICT_WINDOW);
    const dict = buf.subarray(buf.lastIndexOf("obj", at) > dictStart ? buf.lastIndexOf("obj", at) : dictStart, at);
    if (dict.indexOf(FLATE) < 0) continue;
    const room = Math.min(bounds.streamInflated, bounds.fileInflated - total);
    let size: number;
    try {
      // Inflation stops at the deflate stream's own end; what follows (endstream) is ignored, and a
      // stream cut short gives what it holds.
      size = inflateSync(buf.subarray(start), { maxOutputLength: room, finishFlush: constants.Z_SYNC_FLUSH }).length;
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new UserError("import.pdf.inflateTooLarge", { limit: sizeText(room < bounds.streamInflated ? bounds.fileInflated : bounds.streamInflated) });
      }
      continue; // a damaged stream: pdf.js says what it makes of it
    }
    total += size;
  }
}
