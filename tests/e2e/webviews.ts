// The webview each Office host runs the pane in, emulated in Chromium (issue #17). The fake office.js
// models Excel's API sets; this models the browser engine under them, so a script IE11 cannot parse or
// a stylesheet EdgeHTML half-ignores fails here and not first on a clerk's PC.
//
// Pairing source: Microsoft, "Browsers and webview controls used by Office Add-ins"
// (github.com/OfficeDev/office-js-docs-pr, docs/concepts/browsers-used-by-office-web-add-ins.md):
//   perpetual Office 2016/2019 volume-licensed → Trident+ (IE11), whatever the Windows version;
//   Office 2016/2019 retail without WebView2 → EdgeHTML (Edge Legacy) — or Trident if Edge is absent;
//   Office 2021 and later, Microsoft 365 (≥ 16.0.13530.20424 with WebView2) → WebView2;
//   Mac → Safari's WKWebView; Office on the web → the browser it is opened in.
// The manifest has no <Runtimes> element (footnote 3 there: with one, EdgeHTML is skipped for Trident).
//
// What each profile takes away, before any script of the page runs (page.addInitScript):
//   trident  — ES5 only: every script the page loads from the add-in's origin is parsed with acorn
//              (ecmaVersion 5) and replaced by a SyntaxError when it does not parse; Promise, Symbol,
//              fetch, URLSearchParams, TextEncoder/TextDecoder, Object.assign, Array.from, the ES2015+
//              Array/String methods, Map/Set iteration (and their iterable constructors), Element's
//              closest/append/prepend/remove, NodeList.forEach and `new CustomEvent` are gone; RegExp
//              refuses the u/y/s flags; the stylesheet loses custom properties, `gap` and any rule whose
//              selector list names :focus-visible.
//   edgehtml — EdgeHTML 18: ES2017 syntax (acorn ecmaVersion 2017, regex literals included); RegExp
//              built at run time with ES2018 features (\p{…}, the s flag, lookbehind, named groups)
//              throws; no Array.flat/flatMap, Object.fromEntries, String.matchAll/trimStart/trimEnd,
//              Promise.allSettled, TextEncoder/TextDecoder; no flex `gap`; a selector list
//              naming :focus-visible is dropped.
//   wkwebview — Excel for Mac: a click on a download link (a[download], blob: or data: href) does
//              nothing (OfficeDev/office-js#2700, closed "by design").
//   (trident too ignores such links — IE11 has no `download` attribute — and offers
//              navigator.msSaveOrOpenBlob, played here by a download.)
//   webview2 — Chromium as it is.
import { parse } from "acorn";
import type { Page, Route } from "playwright-core";
import type { ProfileName } from "../fake-excel/profiles";

export type WebviewName = "trident" | "edgehtml" | "wkwebview" | "webview2";

export interface Pairing {
  office: ProfileName;
  webview: WebviewName;
  /** Why this webview, from Microsoft's table. */
  because: string;
  /** Whether the browser suite runs the whole pane under this pair (false: not yet, see `pending`). */
  runs: boolean;
  pending?: string;
}

/** Office profile × webview, as Microsoft's table gives it. One table for every e2e test. */
export const PAIRINGS: readonly Pairing[] = [
  { office: "m365", webview: "webview2", because: "Microsoft 365 ≥ 16.0.13530.20424 with WebView2 (installed with 2101+)", runs: true },
  { office: "office2024", webview: "webview2", because: "perpetual Office 2021 and later: WebView2 installed with it", runs: true },
  { office: "office2021", webview: "webview2", because: "perpetual Office 2021: WebView2 installed with it", runs: true },
  { office: "office2019-retail", webview: "edgehtml", because: "Office 2019 retail without WebView2: EdgeHTML (Trident if Edge is absent)", runs: true },
  { office: "office2019-vl", webview: "trident", because: "Office 2019 volume-licensed: Trident+ whatever the Windows version", runs: true },
  // Office 2016 volume-licensed (ExcelApi 1.1): check, paint and select on a workbook made by
  // `xxgk template` (tests/e2e/ladder.e2e.test.ts); it cannot lay out.
  { office: "office2016", webview: "trident", because: "Office 2016 volume-licensed: Trident+ whatever the Windows version", runs: true },
  // The ladder's in-between rungs (ExcelApi 1.4, 1.6) model Office builds between 2016 and 2019
  // volume-licensed: Trident+, the strictest webview they can meet.
  { office: "rung-1.4", webview: "trident", because: "an Office between 2016 and 2019 volume-licensed: Trident+", runs: true },
  { office: "rung-1.6", webview: "trident", because: "an Office between 2016 and 2019 volume-licensed: Trident+", runs: true },
  { office: "mac", webview: "wkwebview", because: "Mac: Safari with WKWebView", runs: true },
  { office: "web", webview: "webview2", because: "Office on the web: the browser it is opened in (here Chromium)", runs: true },
];

export function webviewFor(office: ProfileName): WebviewName {
  const p = PAIRINGS.find((x) => x.office === office);
  if (!p) throw new Error(`no webview paired with ${office}`);
  return p.webview;
}

/** What a webview profile saw while the page ran: scripts it refused, downloads it ignored. */
export interface WebviewLog {
  rejectedScripts: string[];
}

const SCRIPT_SYNTAX: Partial<Record<WebviewName, 5 | 2017>> = { trident: 5, edgehtml: 2017 };

/** Applies `name` to `page` (before it navigates). Scripts from other origins (office.js) are left as
 *  they are: Microsoft's office.js supports Trident itself. */
export async function applyWebview(page: Page, name: WebviewName, ownOrigin: string, o: { checkScripts?: boolean } = {}): Promise<WebviewLog> {
  const log: WebviewLog = { rejectedScripts: [] };
  if (name === "webview2") return log;
  await page.addInitScript(stripGlobals, name);
  const ecmaVersion = SCRIPT_SYNTAX[name];
  // checkScripts: false (the bench) skips parsing each script in Node, which would delay its delivery
  // and count in the page's timings; the build test has already parsed every script as ES5.
  if (ecmaVersion && o.checkScripts !== false) {
    await page.route(
      (url) => url.href.startsWith(ownOrigin) && url.pathname.endsWith(".js"),
      async (route: Route) => {
        const response = await route.fetch();
        const body = await response.text();
        const file = new URL(route.request().url()).pathname;
        try {
          parse(body, { ecmaVersion, sourceType: "script" });
          await route.fulfill({ response, body });
        } catch (e) {
          const why = `${name} cannot parse ${file} (not ES${ecmaVersion}): ${(e as Error).message}`;
          log.rejectedScripts.push(why);
          // The engine would not run a byte of it: the page sees the SyntaxError and nothing else.
          await route.fulfill({ response, body: `throw new SyntaxError(${JSON.stringify(why)});` });
        }
      },
    );
  }
  if (ecmaVersion) {
    await page.route(
      (url) => url.href.startsWith(ownOrigin) && url.pathname.endsWith(".css"),
      async (route: Route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: oldEngineCss(await response.text(), name === "trident") });
      },
    );
  }
  return log;
}

/** The stylesheet as an engine without flex gap and :focus-visible (and, for Trident, without custom
 *  properties) applies it: those declarations and rules are dropped, as a CSS parser drops what it does
 *  not understand. */
export function oldEngineCss(css: string, noCustomProperties: boolean): string {
  return css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/([^{}]+)\{([^{}]*)\}/g, (all, selector: string, body: string) => {
    if (/:focus-visible/.test(selector)) return "";
    const kept = body
      .split(";")
      .filter((d) => {
        const prop = d.split(":")[0].trim();
        if (/^(gap|row-gap|column-gap)$/.test(prop)) return false;
        if (noCustomProperties && (prop.startsWith("--") || /var\(/.test(d))) return false;
        return true;
      })
      .join(";");
    return `${selector}{${kept}}`;
  });
}

/** Runs in the page before any of its scripts (serialised by playwright: self-contained, no imports). */
function stripGlobals(name: WebviewName): void {
  const w = window as unknown as Record<string, unknown>;
  const state = { ignoredDownloads: 0 };
  w.__webview = state;
  const drop = (obj: object, keys: (string | symbol)[]) => {
    for (const k of keys) {
      try {
        delete (obj as Record<string | symbol, unknown>)[k];
      } catch {
        // non-configurable: leave it
      }
    }
  };
  const nativeClick = HTMLElement.prototype.click;
  const nativeClosest = Element.prototype.closest; // captured: Trident's profile drops it below
  if (name === "wkwebview" || name === "trident") {
    // Excel for Mac's webview ignores download links: the click happens, nothing is saved. Trident has
    // no `download` attribute and opens neither blob: nor data: links; its way is msSaveOrOpenBlob.
    document.addEventListener(
      "click",
      (e) => {
        const t = e.target as Element | null;
        const a = t instanceof Element ? nativeClosest.call(t, "a") : null;
        if (a && !a.hasAttribute("data-ms-save") && (a.hasAttribute("download") || /^(blob|data):/i.test(a.getAttribute("href") ?? ""))) {
          e.preventDefault();
          state.ignoredDownloads++;
        }
      },
      true,
    );
  }
  if (name === "trident") {
    // IE11's save dialog, played by a download the interception above lets through.
    (navigator as unknown as Record<string, unknown>).msSaveOrOpenBlob = (blob: Blob, fileName: string) => {
      const a = document.createElement("a");
      a.href = URL.createObjectURL(blob);
      a.download = fileName;
      a.setAttribute("data-ms-save", "");
      document.body.appendChild(a);
      nativeClick.call(a);
      document.body.removeChild(a);
      return true;
    };
  }
  if (name === "wkwebview") return;
  const NativeRegExp = RegExp;
  const refuse = (source: string, flags: string): string | null => {
    if (name === "trident" && /[uys]/.test(flags)) return `flag ${flags}`;
    if (/s/.test(flags)) return "the s flag";
    if (/u/.test(flags) && /\\[pP]\{/.test(source)) return "a \\p{…} escape";
    if (/\(\?<[=!]/.test(source)) return "lookbehind";
    if (/\(\?<[A-Za-z_$]/.test(source)) return "a named group";
    return null;
  };
  const Patched = function RegExp(this: unknown, pattern?: unknown, flags?: string) {
    if (!(pattern instanceof NativeRegExp)) {
      const why = refuse(String(pattern ?? ""), String(flags ?? ""));
      if (why) throw new SyntaxError(`Invalid regular expression (${name}: ${why}): /${String(pattern)}/${flags ?? ""}`);
    }
    return flags === undefined ? NativeRegExp(pattern as string) : NativeRegExp(pattern as string, flags);
  } as unknown as RegExpConstructor;
  Object.setPrototypeOf(Patched, NativeRegExp);
  (Patched as unknown as { prototype: RegExp }).prototype = NativeRegExp.prototype;
  w.RegExp = Patched;

  drop(Array.prototype, ["flat", "flatMap"]);
  drop(Object, ["fromEntries"]);
  drop(String.prototype, ["matchAll", "trimStart", "trimEnd"]);
  drop(Promise, ["allSettled"]);
  drop(w, ["TextEncoder", "TextDecoder"]);
  // globalThis stays (EdgeHTML and IE11 lack it): playwright's own page-side helpers need it. The pane
  // installs core-js's globalThis first thing (src/webview/polyfills.ts) either way.
  if (name === "edgehtml") return;
  // Trident: IE11 is ES5 plus a handful of ES2015 pieces (Map/Set/WeakMap without iteration, typed arrays).
  drop(w, ["Promise", "Symbol", "fetch", "URLSearchParams", "queueMicrotask"]);
  // Native @@iterator methods stay: without the global Symbol an ES5 script cannot reach them (and
  // playwright's own helpers in the page still spread arrays). Object.is stays too: playwright's
  // page-side serialiser calls it on every evaluate (IE11 lacks it; the pane never calls it).
  drop(Object, ["assign", "entries", "values", "setPrototypeOf", "getOwnPropertySymbols"]);
  drop(Array, ["from", "of"]);
  drop(Array.prototype, ["includes", "find", "findIndex", "fill", "copyWithin", "entries", "keys", "values"]);
  drop(String.prototype, ["includes", "startsWith", "endsWith", "repeat", "padStart", "padEnd", "codePointAt", "normalize"]);
  drop(String, ["fromCodePoint", "raw"]);
  drop(Number, ["isInteger", "isFinite", "isNaN", "isSafeInteger", "parseFloat", "parseInt", "EPSILON", "MAX_SAFE_INTEGER", "MIN_SAFE_INTEGER"]);
  drop(Math, ["trunc", "sign", "log10", "log2", "hypot", "cbrt", "expm1", "log1p", "fround", "imul", "clz32"]);
  drop(Element.prototype, ["closest", "append", "prepend", "remove", "before", "after", "replaceWith", "toggleAttribute"]);
  drop(CharacterData.prototype, ["remove", "before", "after", "replaceWith"]);
  drop(Document.prototype, ["append", "prepend"]);
  drop(DocumentFragment.prototype, ["append", "prepend"]);
  drop(NodeList.prototype, ["forEach", "entries", "keys", "values"]);
  // Map and Set exist in IE11 but cannot be iterated, and their constructors ignore an iterable.
  for (const C of [Map, Set] as unknown as { prototype: object; name: string }[]) {
    drop(C.prototype, ["entries", "keys", "values"]);
  }
  const NativeMap = Map;
  const NativeSet = Set;
  w.Map = function Map() {
    return new NativeMap();
  };
  (w.Map as { prototype: unknown }).prototype = NativeMap.prototype;
  w.Set = function Set() {
    return new NativeSet();
  };
  (w.Set as { prototype: unknown }).prototype = NativeSet.prototype;
  // IE11 has CustomEvent only as an object: document.createEvent("CustomEvent") works, `new` throws.
  const NativeCustomEvent = CustomEvent;
  const ieCustomEvent = function CustomEvent() {
    throw new TypeError("Object doesn't support this action");
  };
  (ieCustomEvent as unknown as { prototype: unknown }).prototype = NativeCustomEvent.prototype;
  w.CustomEvent = ieCustomEvent;
}
