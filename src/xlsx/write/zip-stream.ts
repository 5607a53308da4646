// A zip file written as it is made (PKWARE APPNOTE 6.3): each entry deflated by zlib's streaming
// deflateRaw, its CRC-32 and sizes counted as the bytes pass and given in a data descriptor after the
// data (general purpose flag bit 3), so nothing is kept but a window of output and one small record
// per entry for the central directory. Written for the summary workbook (summary-xlsx.ts): however
// many rows, the memory held here stays under a fixed bound (`peakBuffered`).
import { once } from "events";
import * as zlib from "zlib";
import { createDeflateRaw } from "zlib";

/** Where the zip's bytes go, in order; the writer waits for each write. */
export type ByteSink = (chunk: Uint8Array) => Promise<void>;

/** Text collected before it is encoded and deflated, and output collected before it is written:
 *  few, large writes to the sink, and a bound on what is held. */
const CHUNK = 64 * 1024;
// Four-byte sizes and offsets: a part or a whole zip past 4 GB would need ZIP64, which a summary
// never approaches (Excel stops at 1,048,576 rows a sheet long before).
const MAX32 = 0xffffffff;
const FLAG_DESCRIPTOR = 0x0008;
const DEFLATE = 8;
const VERSION = 20; // 2.0: deflate, data descriptor

let table: Uint32Array | null = null;

/** CRC-32 (the zip polynomial, reflected 0xEDB88320), continued from `value`: for Node before 20.15,
 *  which has no zlib.crc32 (package.json allows any Node 20). */
export function crc32Js(data: Uint8Array, value = 0): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let c = ~value;
  for (let i = 0; i < data.length; i++) c = table[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const crc32: (data: Uint8Array, value: number) => number = typeof zlib.crc32 === "function" ? zlib.crc32 : crc32Js;

interface Written {
  name: Buffer;
  offset: number;
  crc: number;
  size: number;
  compressed: number;
}

/** MS-DOS time and date of `day` (UTC fields, so one day's check gives the same bytes anywhere). */
function dosTime(day: Date): { time: number; date: number } {
  const year = Math.min(Math.max(day.getUTCFullYear(), 1980), 2107);
  return {
    time: (day.getUTCHours() << 11) | (day.getUTCMinutes() << 5) | Math.floor(day.getUTCSeconds() / 2),
    date: ((year - 1980) << 9) | ((day.getUTCMonth() + 1) << 5) | day.getUTCDate(),
  };
}

export class ZipStream {
  private offset = 0;
  private readonly entries: Written[] = [];
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private textBytes = 0;
  private readonly stamp: { time: number; date: number };
  /** The most bytes this writer held at once (text not yet deflated plus output not yet written). */
  peakBuffered = 0;

  constructor(
    private readonly sink: ByteSink,
    modified: Date,
  ) {
    this.stamp = dosTime(modified);
  }

  /** One entry: `body` gives its text through `put`, in pieces of any size. */
  async entry(name: string, body: (put: (text: string) => Promise<void>) => Promise<void>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const entry: Written = { name: nameBytes, offset: this.offset, crc: 0, size: 0, compressed: 0 };
    await this.queue(this.localHeader(nameBytes));
    const deflate = createDeflateRaw({ level: 6 });
    deflate.on("data", (c: Buffer) => {
      entry.compressed += c.length;
      this.hold(c);
    });
    const ended = once(deflate, "end");
    let text: string[] = [];
    const feed = async (): Promise<void> => {
      const bytes = Buffer.from(text.join(""), "utf8");
      text = [];
      this.textBytes = 0;
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      if (!deflate.write(bytes)) await once(deflate, "drain");
      await this.flush(CHUNK);
    };
    await body(async (piece) => {
      text.push(piece);
      // UTF-16 length: at most a third of the UTF-8 bytes of CJK text, never more than them.
      this.textBytes += piece.length * 3;
      this.note();
      if (this.textBytes >= CHUNK) await feed();
    });
    if (text.length > 0) await feed();
    deflate.end();
    await ended;
    if (entry.size > MAX32 || entry.compressed > MAX32) throw new Error(`zip entry ${name} is larger than 4 GB`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(entry.crc >>> 0, 4);
    descriptor.writeUInt32LE(entry.compressed, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    await this.queue(descriptor);
    this.entries.push(entry);
  }

  /** The central directory and its end record; then everything held is written. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const e of this.entries) await this.queue(this.centralHeader(e));
    const size = this.offset - start;
    if (this.offset > MAX32) throw new Error("zip file is larger than 4 GB");
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(this.entries.length, 8);
    end.writeUInt16LE(this.entries.length, 10);
    end.writeUInt32LE(size, 12);
    end.writeUInt32LE(start, 16);
    await this.queue(end);
    await this.flush(0);
  }

  private localHeader(name: Buffer): Buffer {
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(VERSION, 4);
    h.writeUInt16LE(FLAG_DESCRIPTOR, 6);
    h.writeUInt16LE(DEFLATE, 8);
    h.writeUInt16LE(this.stamp.time, 10);
    h.writeUInt16LE(this.stamp.date, 12);
    // CRC and sizes 0 here: they follow the data in the descriptor.
    h.writeUInt16LE(name.length, 26);
    return Buffer.concat([h, name]);
  }

  private centralHeader(e: Written): Buffer {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(VERSION, 4); // made by: MS-DOS attributes, version 2.0
    h.writeUInt16LE(VERSION, 6);
    h.writeUInt16LE(FLAG_DESCRIPTOR, 8);
    h.writeUInt16LE(DEFLATE, 10);
    h.writeUInt16LE(this.stamp.time, 12);
    h.writeUInt16LE(this.stamp.date, 14);
    h.writeUInt32LE(e.crc >>> 0, 16);
    h.writeUInt32LE(e.compressed, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(e.name.length, 28);
    h.writeUInt32LE(e.offset, 42);
    return Buffer.concat([h, e.name]);
  }

  /** Every byte of the zip passes here, in order: its offset counts them. */
  private hold(chunk: Buffer): void {
    this.offset += chunk.length;
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    this.note();
  }

  private note(): void {
    this.peakBuffered = Math.max(this.peakBuffered, this.pendingBytes + this.textBytes);
  }

  private async queue(chunk: Buffer): Promise<void> {
    this.hold(chunk);
    await this.flush(CHUNK);
  }

  /** Writes what is held once it reaches `atLeast` bytes (0: always). */
  private async flush(atLeast: number): Promise<void> {
    if (this.pendingBytes === 0 || this.pendingBytes < atLeast) return;
    const out = Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    await this.sink(out);
  }
}
