// Offline checks of the add-in's XML manifest: the mistakes that make Office refuse to load an
// add-in (or load it without a ribbon) and that Microsoft's online validator would otherwise be
// the only one to catch. Pure: takes the manifest text, returns problems; no file or network I/O.
import { descendants, parseXml, XmlElement, XmlSyntaxError } from "./xml";
import { compareVersions, MIN_EXCEL_API } from "../excel/requirements";
import { PLACEHOLDER_ORIGIN } from "./origin";

export type ManifestProblemCode =
  | "xml"
  | "root"
  | "order"
  | "missing-element"
  | "default-locale"
  | "duplicate-resid"
  | "resid"
  | "resid-kind"
  | "length"
  | "https"
  | "override"
  | "requirements"
  | "localhost"
  | "placeholder";

export interface ManifestProblem {
  code: ManifestProblemCode;
  /** Chinese first, then English, for the person editing the manifest. */
  message: string;
  line?: number;
}

export interface ValidateOptions {
  /** A production manifest must not point at the developer's machine. */
  production?: boolean;
  /** A trial build made with XXGK_ALLOW_PLACEHOLDER=1 may name the placeholder origin. */
  allowPlaceholder?: boolean;
}

/**
 * Children of <OfficeApp xsi:type="TaskPaneApp"> in the order the 1.1 schema's sequence requires
 * (OfficeApp base type, then the TaskPaneApp extension). Optional ones may be left out.
 */
export const OFFICE_APP_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "AllowSnapshot",
  "Dictionary",
  "VersionOverrides",
  "ExtendedOverrides",
] as const;

const REQUIRED = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];

/** Schema maximum lengths (bt:ShortString, bt:LongString, bt:URL). */
export const MAX_SHORT = 125;
export const MAX_LONG = 250;
export const MAX_URL = 2048;

export const DEFAULT_LOCALE = "zh-CN";
export const SECOND_LOCALE = "en-US";

type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** Which resource list each referring element must point into. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: "Images",
  SourceLocation: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Script: "Urls",
  Page: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Description: "LongStrings",
};

export function validateManifest(xml: string, options: ValidateOptions = {}): ManifestProblem[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    if (!(e instanceof XmlSyntaxError)) throw e;
    return [
      problem("xml", `XML 格式错误（第 ${e.line} 行第 ${e.column} 列）：${e.reason}`, `Malformed XML (line ${e.line}, column ${e.column}): ${e.reason}`, e.line),
    ];
  }
  if (root.localName !== "OfficeApp" || root.attrs["xsi:type"] !== "TaskPaneApp") {
    return [problem("root", "根元素必须是 xsi:type=\"TaskPaneApp\" 的 <OfficeApp>", 'The root element must be <OfficeApp xsi:type="TaskPaneApp">', root.line)];
  }
  return [
    ...checkOrder(root),
    ...checkDefaultLocale(root),
    ...checkResources(root),
    ...checkStrings(root),
    ...checkUrls(root),
    ...checkRequirements(root),
    ...(options.production ? checkNoLocalhost(root) : []),
    ...(options.production && !options.allowPlaceholder ? checkNoPlaceholder(root) : []),
  ];
}

function problem(code: ManifestProblemCode, zh: string, en: string, line?: number): ManifestProblem {
  return { code, message: `${zh} / ${en}`, line };
}

function checkOrder(root: XmlElement): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const order: readonly string[] = OFFICE_APP_ORDER;
  let last = -1;
  let lastName = "";
  for (const child of root.children) {
    const at = order.indexOf(child.localName);
    if (at < 0) {
      out.push(problem("order", `<OfficeApp> 下不允许出现 <${child.name}>`, `<${child.name}> is not allowed in <OfficeApp>`, child.line));
    } else if (at <= last) {
      out.push(
        problem(
          "order",
          `元素顺序错误：<${child.localName}> 必须在 <${lastName}> 之前`,
          `Wrong element order: <${child.localName}> must come before <${lastName}>`,
          child.line
        )
      );
    } else {
      last = at;
      lastName = child.localName;
    }
  }
  const present = new Set(root.children.map((c) => c.localName));
  for (const name of REQUIRED) {
    if (!present.has(name)) out.push(problem("missing-element", `缺少必需的元素 <${name}>`, `Required element <${name}> is missing`));
  }
  return out;
}

function checkDefaultLocale(root: XmlElement): ManifestProblem[] {
  const el = root.children.find((c) => c.localName === "DefaultLocale");
  if (!el || el.text.trim() === DEFAULT_LOCALE) return [];
  return [problem("default-locale", `DefaultLocale 应为 ${DEFAULT_LOCALE}，实为 "${el.text.trim()}"`, `DefaultLocale must be ${DEFAULT_LOCALE}, found "${el.text.trim()}"`, el.line)];
}

/** Resource id → kind, from <Resources> inside VersionOverrides. */
function resourceIndex(root: XmlElement): { ids: Map<string, ResourceKind>; problems: ManifestProblem[] } {
  const ids = new Map<string, ResourceKind>();
  const problems: ManifestProblem[] = [];
  for (const resources of descendants(root).filter((e) => e.localName === "Resources")) {
    for (const list of resources.children) {
      const kind = list.localName as ResourceKind;
      if (!["Images", "Urls", "ShortStrings", "LongStrings"].includes(kind)) continue;
      for (const item of list.children) {
        const id = item.attrs.id;
        if (id === undefined) continue;
        if (ids.has(id)) problems.push(problem("duplicate-resid", `资源 id "${id}" 重复定义`, `Resource id "${id}" is defined twice`, item.line));
        ids.set(id, kind);
      }
    }
  }
  return { ids, problems };
}

function checkResources(root: XmlElement): ManifestProblem[] {
  const { ids, problems } = resourceIndex(root);
  for (const el of descendants(root)) {
    const resid = el.attrs.resid;
    if (resid === undefined) continue;
    const kind = ids.get(resid);
    if (kind === undefined) {
      problems.push(problem("resid", `<${el.name}> 引用的资源 "${resid}" 未定义`, `<${el.name}> refers to resource "${resid}", which is not defined`, el.line));
      continue;
    }
    const expected = RESID_KIND[el.localName];
    if (expected && expected !== kind) {
      problems.push(
        problem(
          "resid-kind",
          `<${el.name}> 应引用 ${expected} 中的资源，但 "${resid}" 在 ${kind} 中`,
          `<${el.name}> must refer to a resource in ${expected}, but "${resid}" is in ${kind}`,
          el.line
        )
      );
    }
  }
  return problems;
}

/** Localizable strings: each needs a zh-CN default, an en-US override, and must fit the schema. */
function checkStrings(root: XmlElement): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const strings: { el: XmlElement; label: string; max: number }[] = [];
  for (const c of root.children) {
    if (c.localName === "DisplayName") strings.push({ el: c, label: "DisplayName", max: MAX_SHORT });
    if (c.localName === "Description") strings.push({ el: c, label: "Description", max: MAX_LONG });
  }
  for (const list of descendants(root)) {
    if (list.localName !== "ShortStrings" && list.localName !== "LongStrings") continue;
    const max = list.localName === "ShortStrings" ? MAX_SHORT : MAX_LONG;
    for (const s of list.children) strings.push({ el: s, label: `${list.localName} "${s.attrs.id ?? "?"}"`, max });
  }
  for (const { el, label, max } of strings) {
    const value = el.attrs.DefaultValue;
    if (value === undefined || value.trim() === "") {
      out.push(problem("override", `${label} 缺少中文默认值 DefaultValue`, `${label} has no DefaultValue (zh-CN)`, el.line));
    }
    const overrides = el.children.filter((c) => c.localName === "Override");
    if (!overrides.some((o) => o.attrs.Locale === SECOND_LOCALE)) {
      out.push(problem("override", `${label} 缺少 ${SECOND_LOCALE} 的 Override`, `${label} has no ${SECOND_LOCALE} Override`, el.line));
    }
    for (const o of overrides) {
      if (!/^[a-z]{2,3}-[A-Z]{2}$/.test(o.attrs.Locale ?? "")) {
        out.push(problem("override", `${label} 的 Override Locale "${o.attrs.Locale ?? ""}" 必须是完整区域名（如 en-US）`, `${label} has Override Locale "${o.attrs.Locale ?? ""}"; use a full culture name such as en-US`, o.line));
      }
    }
    for (const [locale, text] of [["DefaultValue", value ?? ""], ...overrides.map((o) => [o.attrs.Locale ?? "?", o.attrs.Value ?? ""])]) {
      const length = [...text].length;
      if (length > max) {
        out.push(problem("length", `${label}（${locale}）长 ${length} 个字符，超过上限 ${max}`, `${label} (${locale}) is ${length} characters long, more than the limit of ${max}`, el.line));
      }
    }
  }
  return out;
}

/** Every URL the host will load must be https and within the schema's length. */
function checkUrls(root: XmlElement): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  const urlElements = new Set(["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]);
  for (const el of descendants(root)) {
    const inResources = el.localName === "Url" || (el.localName === "Image" && el.attrs.id !== undefined);
    const isUrl = inResources || (urlElements.has(el.localName) && el.attrs.DefaultValue !== undefined);
    if (!isUrl) continue;
    const values = [el.attrs.DefaultValue ?? "", ...el.children.filter((c) => c.localName === "Override").map((o) => o.attrs.Value ?? "")];
    const label = el.attrs.id ? `${el.localName} "${el.attrs.id}"` : el.localName;
    for (const url of values) {
      if (url.length > MAX_URL) {
        out.push(problem("length", `${label} 的网址长 ${url.length} 个字符，超过上限 ${MAX_URL}`, `${label} URL is ${url.length} characters long, more than the limit of ${MAX_URL}`, el.line));
      }
      if (!isHttpsUrl(url)) {
        out.push(problem("https", `${label} 的网址必须使用 https：${url}`, `${label} URL must use https: ${url}`, el.line));
      }
    }
  }
  return out;
}

function isHttpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === "https:";
  } catch {
    return false;
  }
}

function checkRequirements(root: XmlElement): ManifestProblem[] {
  const req = root.children.find((c) => c.localName === "Requirements");
  const set = req ? descendants(req).find((e) => e.localName === "Set" && e.attrs.Name === "ExcelApi") : undefined;
  if (!set) {
    return [problem("requirements", "<Requirements> 必须声明 ExcelApi 要求集", "<Requirements> must name the ExcelApi requirement set")];
  }
  const version = set.attrs.MinVersion ?? "1.1";
  if (compareVersions(version, MIN_EXCEL_API) > 0) {
    return [
      problem(
        "requirements",
        `ExcelApi ${version} 高于 ${MIN_EXCEL_API}，Office 2016 批量许可版将无法加载此加载项`,
        `ExcelApi ${version} is higher than ${MIN_EXCEL_API}; Office 2016 volume-licensed would not load the add-in`,
        set.line
      ),
    ];
  }
  return [];
}

/** The placeholder origin is not a real site: a manifest naming it loads nothing (one problem, not one per URL). */
function checkNoPlaceholder(root: XmlElement): ManifestProblem[] {
  const el = [root, ...descendants(root)].find((e) => [e.text, ...Object.values(e.attrs)].some((v) => v.includes(PLACEHOLDER_ORIGIN)));
  if (!el) return [];
  return [
    problem(
      "placeholder",
      `生产清单仍指向占位地址 ${PLACEHOLDER_ORIGIN}（不是真实站点），请用 XXGK_ORIGIN=https://你的服务器/xxgk/ 重新构建`,
      `Production manifest still points at the placeholder ${PLACEHOLDER_ORIGIN} (not a real site); rebuild with XXGK_ORIGIN=https://your.server/xxgk/`,
      el.line
    ),
  ];
}

function checkNoLocalhost(root: XmlElement): ManifestProblem[] {
  const out: ManifestProblem[] = [];
  for (const el of [root, ...descendants(root)]) {
    const values = [el.text, ...Object.values(el.attrs)];
    if (values.some((v) => /localhost|127\.0\.0\.1/i.test(v))) {
      out.push(problem("localhost", `生产清单的 <${el.name}> 仍指向 localhost`, `Production manifest: <${el.name}> still points at localhost`, el.line));
    }
  }
  return out;
}
