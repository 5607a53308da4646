// Diagnostic: bench/ocr-engines.ts with every crop some reader got wrong or left unread printed, and
// all crops written to test-artifacts/ocr/engines.json. Run:
//   npx tsc -p tsconfig.bench.json && node build/bench/bench/ocr-engines-diag.js
import { existsSync, mkdirSync, writeFileSync } from "fs";
import { join } from "path";
import { benchOcrEngines } from "./ocr-engines";

const root = join(__dirname, "..", "..", "..");
const real = [join(root, "..", "shared"), join(root, "..", "..", "shared")].map((d) => join(d, "reports", "real")).find(existsSync);

benchOcrEngines((zh, en, value) => console.log(`${en.padEnd(60)} ${value}`), real, (r) => {
  if (Object.values(r.answers).every((a) => a === r.truth)) return;
  const bad = Object.entries(r.answers).filter(([, a]) => a !== r.truth).map(([k, a]) => `${k}=${a ?? "·"}`);
  console.log(`${r.report} p${r.page} truth=${r.truth || "∅"} eng[${r.raw.eng}] dig[${r.raw.digits}] chi[${r.raw.chi}] paddle[${r.raw.paddle}] | ${bad.join("; ")}`);
})
  .then((results) => {
    const dir = join(root, "test-artifacts", "ocr");
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "engines.json"), JSON.stringify(results, null, 1));
  })
  .catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
