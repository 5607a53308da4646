#!/usr/bin/env bash
# Issue 19's cases under /usr/bin/time: each must end within 60 s and 1 GB, exit 0–2, with one
# sentence, its inputs unchanged. Inputs are generated into a scratch folder (nothing large is kept).
# Usage: scripts/reliability-cases.sh [xxgk command, default: node bin/xxgk.js]. Needs the built CLI
# (npm run build:cli). Prints one line per case: seconds, peak KB, exit code, lines on stderr+stdout.
set -u
XXGK=${1:-"node $(dirname "$0")/../bin/xxgk.js"}
SAMPLE="$(cd "$(dirname "$0")/.." && pwd)/tests/fixtures/reports/sample-2024-panyu-hrss.txt"
W=$(mktemp -d /tmp/xxgk-cases-XXXXXX)
R=$(mktemp -d /tmp/xxgk-cases-run-XXXXXX)
trap 'chmod -R u+rwx "$W"; rm -rf "$W" "$R"' EXIT

node - "$W" "$SAMPLE" <<'JS'
const fs = require("fs"), zlib = require("zlib"), path = require("path");
const [dir, sample] = process.argv.slice(2);
const put = (n, b) => fs.writeFileSync(path.join(dir, n), b);
const text = fs.readFileSync(sample, "utf8");
const show = (s, x, y) => `BT /F1 10 Tf ${x} ${y} Td (${s}) Tj ET`;
function pdf(objects) {
  const parts = [Buffer.from("%PDF-1.4\n")]; let len = parts[0].length; const off = [];
  objects.forEach((o, i) => { off[i + 1] = len; const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(o), Buffer.from("\nendobj\n")]); parts.push(b); len += b.length; });
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  off.slice(1).forEach((o) => (tail += `${String(o).padStart(10, "0")} 00000 n \n`));
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${len}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(tail)]);
}
const FONT = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
const page = (c) => `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${c} 0 R >>`;
// 5,000 pages of text, each its own stream.
{ const n = 5000, body = Array.from({ length: 60 }, (_, i) => show(`Line ${i} of the appendix ${i * 7}`, 40, 800 - i * 12)).join("\n");
  const objs = ["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${Array.from({ length: n }, (_, i) => `${5 + 2 * i} 0 R`).join(" ")}] /Count ${n} >>`, FONT, "<< >>"];
  for (let i = 0; i < n; i++) { objs.push(page(6 + 2 * i)); objs.push(`<< /Length ${body.length} >>\nstream\n${body}\nendstream`); }
  put("pages-5000.pdf", pdf(objs)); }
// 200,000 pages sharing one content stream.
{ const n = 200000, c = show("The same page", 72, 700);
  put("shared-200000.pdf", pdf(["<< /Type /Catalog /Pages 2 0 R >>", `<< /Type /Pages /Kids [${Array(n).fill("5 0 R").join(" ")}] /Count ${n} >>`, FONT, `<< /Length ${c.length} >>\nstream\n${c}\nendstream`, page(4)])); }
// One page inflating to 1 GiB.
{ const raw = Buffer.alloc(1 << 30, 0x20); Buffer.from(show("A page", 72, 700) + "\n").copy(raw); const z = zlib.deflateSync(raw, { level: 9 });
  put("inflate-1g.pdf", Buffer.concat([Buffer.from("%PDF-1.4\n"), pdf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [5 0 R] /Count 1 >>", FONT, Buffer.concat([Buffer.from(`<< /Length ${z.length} /Filter /FlateDecode >>\nstream\n`), z, Buffer.from("\nendstream")]), page(4)]).subarray(9)])); }
// 16,000 numbered lines.
put("numbered-16000.txt", text + "\n附件：\n" + Array.from({ length: 16000 }, (_, i) => `${i + 1}. 某某事项  ${i + 1}  ${(i + 1) * 2}  件 关于某某事项的说明文字较长一些用于填满本行`).join("\n") + "\n");
// A newline and ESC in names and text.
fs.mkdirSync(path.join(dir, "forged"));
fs.writeFileSync(path.join(dir, "forged", "x\n✔ fake.xlsx：通过.txt"), "不是年报");
fs.writeFileSync(path.join(dir, "forged", "esc.txt"), text.replace("广州市番禺区人力资源和社会保障局", "某局\x1b[2J"));
// A folder: a report, a denied subfolder, a link loop, a non-UTF-8 name, old formats.
const f = path.join(dir, "folder"); fs.mkdirSync(path.join(f, "denied"), { recursive: true });
fs.writeFileSync(path.join(f, "a.txt"), text); fs.writeFileSync(path.join(f, "denied", "b.txt"), text);
fs.symlinkSync(f, path.join(f, "loop")); fs.writeFileSync(Buffer.from(path.join(f, "\xb2\xe2.txt"), "latin1"), text);
for (const n of ["old.xls", "sheet.et", "text.wps"]) fs.writeFileSync(path.join(f, n), "binary");
JS
mkfifo "$W/fifo.txt"; ln -s /dev/zero "$W/zero.txt"; chmod 000 "$W/folder/denied"
cp "$SAMPLE" "$W/folder/某局.txt"; $XXGK import "$W/folder/某局.txt" -o "$W/folder/某局.xlsx" >/dev/null 2>&1
# 1,000,000 rows in 表三: the tool's own workbook with its third sheet grown to about 40 MB.
node -e '
const fs = require("fs"); const JSZip = require(require.resolve("jszip", { paths: [process.argv[3]] }));
JSZip.loadAsync(fs.readFileSync(process.argv[2])).then(async (z) => {
  const row = (r) => `<row r="${r}"><c r="A${r}"><v>1</v></c></row>`;
  const rows = []; for (let r = 1; r <= 1e6; r++) rows.push(row(r));
  z.file("xl/worksheets/sheet3.xml", `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`);
  fs.writeFileSync(process.argv[1], await z.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
});' "$W/rows.xlsx" "$W/folder/某局.xlsx" "$(dirname "$0")/.."
sums() { find "$W" -type f -print0 2>/dev/null | sort -z | xargs -0 sha256sum 2>/dev/null | sha256sum; }
run() {
  local name=$1; shift
  local before; before=$(sums)
  /usr/bin/time -f "%e %M" -o "$R/time" timeout 120 $XXGK "$@" >"$R/out.stdout" 2>"$R/out.stderr"
  local code=$?
  read -r secs kb < <(tail -1 "$R/time") || { secs=?; kb=?; }
  local lines; lines=$(cat "$R/out.stdout" "$R/out.stderr" | grep -ac .)
  local same=changed; [ "$before" = "$(sums)" ] && same=unchanged
  [ -n "${VERBOSE:-}" ] && cat "$R/out.stdout" "$R/out.stderr"
  printf '%-28s %6ss %8s KB  exit %s  %s lines  inputs %s\n  %s\n' "$name" "$secs" "$kb" "$code" "$lines" "$same" "$(head -c 300 "$R/out.stdout" "$R/out.stderr" 2>/dev/null | grep -av '^==>' | grep -a . | head -1)"
}
run "link to /dev/zero" check "$W/zero.txt"
run "FIFO" check "$W/fifo.txt"
run "5,000-page PDF" check "$W/pages-5000.pdf"
run "200,000 shared pages" check "$W/shared-200000.pdf"
run "page inflating to 1 GiB" check "$W/inflate-1g.pdf"
run "16,000 numbered lines" check "$W/numbered-16000.txt"
run "1,000,000 rows: check" check "$W/rows.xlsx"
run "1,000,000 rows: import" import "$W/rows.xlsx" -o "$W/rows-out.xlsx"
run "folder (denied, loop, GBK)" check "$W/folder"
run "--report over a report" check "$W/folder" --report "$W/folder/某局.xlsx" --force
run "forged names and ESC" check "$W/forged"
