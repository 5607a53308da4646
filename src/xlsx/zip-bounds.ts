// The full (ExcelJS) reader refuses what the light reader refuses, before ExcelJS allocates a cell
// (issue 19): a workbook whose 表三 holds a million rows was refused by `check` and then took 1.5 GB
// in `import` and `consolidate`. Every part is inflated once here as a stream that is counted and
// dropped — the declared sizes of a zip may lie — against the light reader's limits.
import JSZip from "jszip";
import { LightReadError } from "./light/errors";
import { DEFAULT_LIMITS } from "./light/zip-parts";
import type { PartLimits, StreamingObject } from "./light/zip-parts";

/** Deflate cannot expand more than about 1032 to 1: a part's packed size bounds what it can unpack to. */
const MAX_RATIO = 1032;

/** The most a part can unpack to, whatever it declares: stored parts are their own size. */
function unpackBound(entry: StreamingObject): number {
  const packed = entry._data?.compressedSize ?? Infinity;
  const stored = entry._data?.compression?.magic === "\x00\x00";
  return stored ? packed : packed * MAX_RATIO + 1024;
}

const MB = (n: number): string => (n / 2 ** 20).toFixed(0);

/** Throws a LightReadError naming the file (and the part) when the workbook is over the limits. A
 *  file that is no zip at all is left to the reader, which says so in its own words. */
export async function checkWorkbookBounds(bytes: Uint8Array, file: string, limits: PartLimits = DEFAULT_LIMITS): Promise<void> {
  if (bytes.length > limits.maxFile) throw new LightReadError(file, "cli.read.tooBig", { mb: MB(limits.maxFile) });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    return;
  }
  let used = 0;
  const tooBig = (part: string) => new LightReadError(file, "cli.read.partTooBig", { part, mb: MB(limits.maxPart) });
  const entries = (Object.values(zip.files) as StreamingObject[]).filter((e) => !e.dir);
  // An ordinary workbook (tens of KB) cannot reach the limits at deflate's highest ratio: proven
  // without inflating anything. Only a workbook that could is counted byte by byte.
  const bounds = entries.map(unpackBound);
  if (bounds.every((b) => b <= limits.maxPart) && bounds.reduce((a, b) => a + b, 0) <= limits.maxTotal) return;
  for (const entry of entries) {
    const declared = entry._data?.uncompressedSize ?? 0;
    if (declared > limits.maxPart || used + declared > limits.maxTotal) throw tooBig(entry.name);
    used += await new Promise<number>((resolve, reject) => {
      let size = 0;
      const stream = entry.internalStream("uint8array");
      stream
        .on("data", (chunk) => {
          size += chunk.length;
          if (size > limits.maxPart || used + size > limits.maxTotal) {
            stream.pause();
            reject(tooBig(entry.name));
          }
        })
        // A damaged part: the reader that follows says the file is damaged.
        .on("error", () => resolve(size))
        .on("end", () => resolve(size))
        .resume();
    });
  }
}
