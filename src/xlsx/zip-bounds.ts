// The full (ExcelJS) reader refuses what the light reader refuses, before ExcelJS allocates a cell
// (issue 19): a workbook whose 表三 holds a million rows was refused by `check` and then took 1.5 GB
// in `import` and `consolidate`. Every part is inflated once here as a stream that is counted and
// dropped — the declared sizes of a zip may lie — against the light reader's limits.
import JSZip from "jszip";
import { LightReadError } from "./light/errors";
import { DEFAULT_LIMITS } from "./light/zip-parts";
import type { PartLimits } from "./light/zip-parts";

/** jszip's streaming reader (see light/zip-parts.ts): present at run time, absent from its typings. */
interface InternalStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", fn: (e: unknown) => void): InternalStream;
  on(event: "end", fn: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
}
type StreamingObject = JSZip.JSZipObject & { internalStream(type: "uint8array"): InternalStream; _data?: { uncompressedSize?: number } };

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
  for (const entry of Object.values(zip.files) as StreamingObject[]) {
    if (entry.dir) continue;
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
