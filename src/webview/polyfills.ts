// What the oldest webviews lack. Trident (IE11; Office 2016/2019 volume-licensed) gets everything else
// from Babel's core-js `usage` polyfills (scripts/lib/babel-es5.js) and normalize below.
// Office 2019 retail on Windows runs add-ins in EdgeHTML 18,
// which predates Array.prototype.flat/flatMap, String.prototype.matchAll, Object.fromEntries and
// globalThis (all used by the core or by the docx library). TypeScript lowers syntax to ES2017 but
// never adds library functions, so both entry points import this module first.
import "core-js/actual/array/flat";
import "core-js/actual/array/flat-map";
import "core-js/actual/global-this";
import "core-js/actual/object/from-entries";
import "core-js/actual/promise/all-settled";
import "core-js/actual/string/match-all";
import "core-js/actual/string/trim-start";
import "core-js/actual/string/trim-end";

import { installNormalize } from "./normalize-lite";
import { Utf8Decoder, Utf8Encoder } from "./text-codec";

// EdgeHTML 18 has neither TextEncoder nor TextDecoder; the export and the import need UTF-8.
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = Utf8Encoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = Utf8Decoder;

// Trident has no String.prototype.normalize; the code reads typed text through NFKC.
installNormalize(String.prototype as unknown as { normalize?: unknown });
