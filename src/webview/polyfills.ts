// What the oldest WebView we support lacks. Office 2019 on Windows runs add-ins in EdgeHTML 18,
// which predates Array.prototype.flat/flatMap, String.prototype.matchAll, Object.fromEntries and
// globalThis (all used by the core or by the docx library). TypeScript lowers syntax to ES2017 but
// never adds library functions, so both entry points import this module first.
// (IE11, used by Office 2019 on Windows 10 1809/LTSC, is not supported: see the README.)
import "core-js/actual/array/flat";
import "core-js/actual/array/flat-map";
import "core-js/actual/global-this";
import "core-js/actual/object/from-entries";
import "core-js/actual/promise/all-settled";
import "core-js/actual/string/match-all";
import "core-js/actual/string/trim-start";
import "core-js/actual/string/trim-end";

import { Utf8Decoder, Utf8Encoder } from "./text-codec";

// EdgeHTML 18 has neither TextEncoder nor TextDecoder; the export and the import need UTF-8.
const g = globalThis as unknown as Record<string, unknown>;
if (typeof g.TextEncoder === "undefined") g.TextEncoder = Utf8Encoder;
if (typeof g.TextDecoder === "undefined") g.TextDecoder = Utf8Decoder;
