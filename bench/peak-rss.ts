// Run by bench.ts in a child process, so its peak RSS is one command's alone: `xxgk import` (read and
// import) or `xxgk check` (that, then all rules) on the report file given. Prints one JSON line: the
// input's bytes, the RSS with the modules loaded and nothing read yet, and the peak RSS (bytes).
import { readFileSync } from "fs";
import { importReport } from "../src/import";
import { checkReport } from "../src/check/engine";

const [file, mode] = process.argv.slice(2);
const before = process.memoryUsage().rss;
const buf = readFileSync(file);
const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength); // as the CLI reads it
const { report } = importReport(bytes, { fileName: file });
if (mode === "check") checkReport(report);
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ input: bytes.length, before, peak }));
