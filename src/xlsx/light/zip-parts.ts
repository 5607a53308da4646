// The parts of an .xlsx, opened with jszip and read one at a time, each under a size limit checked
// twice: the size the zip declares before inflating, and the bytes actually inflated while they come
// (a zip bomb may declare a small size), so a hostile file is refused before it exhausts memory.
import JSZip from "jszip";
import { LightReadError } from "./errors";

export interface PartLimits {
  /** The file itself. */
  maxFile: number;
  /** One part, unpacked. */
  maxPart: number;
  /** All parts read, unpacked. */
  maxTotal: number;
}

/** A report's parts are well under 1 MB; these leave room for any real one. */
export const DEFAULT_LIMITS: PartLimits = { maxFile: 64 * 2 ** 20, maxPart: 32 * 2 ** 20, maxTotal: 96 * 2 ** 20 };

/** jszip's streaming reader; at run time on every JSZipObject, absent from its typings. */
export interface InternalStream {
  on(event: "data", fn: (chunk: Uint8Array) => void): InternalStream;
  on(event: "error", fn: (e: unknown) => void): InternalStream;
  on(event: "end", fn: () => void): InternalStream;
  pause(): InternalStream;
  resume(): InternalStream;
}
export type StreamingObject = JSZip.JSZipObject & {
  internalStream(type: "uint8array"): InternalStream;
  _data?: { uncompressedSize?: number; compressedSize?: number; compression?: { magic?: string } };
};

const MB = (n: number): string => (n / 2 ** 20).toFixed(0);

export class ZipParts {
  private used = 0;
  private readonly decoder = new TextDecoder("utf-8");
  private constructor(
    private readonly zip: JSZip,
    readonly file: string,
    private readonly limits: PartLimits,
  ) {}

  static async open(bytes: Uint8Array, file: string, limits: PartLimits = DEFAULT_LIMITS): Promise<ZipParts> {
    if (bytes.length > limits.maxFile) throw new LightReadError(file, "cli.read.tooBig", { mb: MB(limits.maxFile) });
    try {
      return new ZipParts(await JSZip.loadAsync(bytes, { checkCRC32: false }), file, limits);
    } catch {
      throw new LightReadError(file);
    }
  }

  /** A part as text; null when the zip has no such part. */
  async text(path: string): Promise<string | null> {
    const entry = this.zip.file(path) as StreamingObject | null;
    if (!entry) return null;
    const declared = entry._data?.uncompressedSize ?? 0;
    if (declared > this.limits.maxPart || this.used + declared > this.limits.maxTotal) throw this.tooBig(path);
    const chunks: Uint8Array[] = [];
    let size = 0;
    await new Promise<void>((resolve, reject) => {
      const stream = entry.internalStream("uint8array");
      stream
        .on("data", (chunk) => {
          size += chunk.length;
          if (size > this.limits.maxPart || this.used + size > this.limits.maxTotal) {
            stream.pause();
            reject(this.tooBig(path));
            return;
          }
          chunks.push(chunk);
        })
        .on("error", () => reject(new LightReadError(this.file)))
        .on("end", () => resolve())
        .resume();
    });
    this.used += size;
    const all = new Uint8Array(size);
    let at = 0;
    for (const c of chunks) {
      all.set(c, at);
      at += c.length;
    }
    return this.decoder.decode(all);
  }

  private tooBig(path: string): LightReadError {
    return new LightReadError(this.file, "cli.read.partTooBig", { part: path, mb: MB(this.limits.maxPart) });
  }
}
