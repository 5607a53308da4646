import { readFileSync } from "fs";
import { join } from "path";
import { ManifestProblem, validateManifest } from "../../src/manifest/validate";
import { PLACEHOLDER_ORIGIN, rewriteOrigin } from "../../src/manifest/origin";

const ROOT = join(__dirname, "..", "..");
const manifest = readFileSync(join(ROOT, "manifest.xml"), "utf8");
const fixture = (name: string): string => readFileSync(join(ROOT, "tests", "fixtures", "manifest", name), "utf8");
const codes = (problems: ManifestProblem[]): string[] => problems.map((p) => p.code);

describe("the real manifest", () => {
  it("passes every offline check", () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it("is a zh-CN Excel task-pane add-in that Office 2016 volume-licensed (ExcelApi 1.1) can load", () => {
    expect(manifest).toMatch(/<DefaultLocale>zh-CN<\/DefaultLocale>/);
    expect(manifest).toMatch(/<DisplayName DefaultValue="政务公开年报助手">/);
    expect(manifest).toMatch(/<Host Name="Workbook"\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<Permissions>ReadWriteDocument<\/Permissions>/);
  });

  it("puts the four buttons on the Home tab with the agreed actions", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/<FunctionName>layoutReport<\/FunctionName>/);
    expect(manifest).toMatch(/<FunctionName>checkReport<\/FunctionName>/);
    expect(manifest).toMatch(/<bt:Url id="ExportTaskpane.Url" DefaultValue="https:\/\/localhost:3000\/taskpane.html\?view=export"\/>/);
    for (const [id, label] of [
      ["LayoutButton.Label", "生成模板"],
      ["CheckButton.Label", "校验"],
      ["ExportButton.Label", "导出"],
      ["TaskpaneButton.Label", "年报面板"],
    ]) {
      expect(manifest).toContain(`<bt:String id="${id}" DefaultValue="${label}">`);
    }
  });

  it("names icons that exist in assets/ at every size", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = readFileSync(join(ROOT, "assets", `icon-${size}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
    const referenced = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    expect(new Set(referenced)).toEqual(new Set(["icon-16.png", "icon-32.png", "icon-64.png", "icon-80.png"]));
  });

  it("fails the production check while it still points at localhost", () => {
    const problems = validateManifest(manifest, { production: true });
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(codes(problems))).toEqual(new Set(["localhost"]));
  });

  it("rejects a production manifest that points at the placeholder origin, once, unless a trial build allows it", () => {
    const placeholder = rewriteOrigin(manifest, PLACEHOLDER_ORIGIN);
    const problems = validateManifest(placeholder, { production: true });
    expect(codes(problems)).toEqual(["placeholder"]);
    expect(problems[0].message).toMatch(/占位地址 https:\/\/xxgk\.example\.gov\.cn\/.* \/ .*placeholder/);
    expect(validateManifest(placeholder, { production: true, allowPlaceholder: true })).toEqual([]);
    expect(validateManifest(rewriteOrigin(manifest, "https://xxgk.real.gov.cn/addin/"), { production: true })).toEqual([]);
  });
});

describe("broken fixtures", () => {
  const cases: [string, string, RegExp][] = [
    ["missing-resid.xml", "resid", /引用的资源 "CheckButton\.Lable" 未定义 .*refers to resource "CheckButton\.Lable", which is not defined/],
    ["missing-override.xml", "override", /ShortStrings "ExportButton\.Label" 缺少 en-US 的 Override/],
    ["http-url.xml", "https", /Url "Commands\.Url" 的网址必须使用 https：http:\/\/localhost:3000\/commands\.html/],
    ["long-string.xml", "length", /ShortStrings "Group\.Label"（DefaultValue）长 132 个字符，超过上限 125/],
    ["wrong-order.xml", "order", /<Hosts> 必须在 <Requirements> 之前 .*<Hosts> must come before <Requirements>/],
    ["malformed.xml", "xml", /XML 格式错误（第 \d+ 行第 \d+ 列）：closing tag <\/Resources> does not match <bt:ShortStrings>/],
  ];
  it.each(cases)("%s fails with a %s problem", (file, code, message) => {
    const problems = validateManifest(fixture(file));
    expect(codes(problems)).toEqual([code]);
    expect(problems[0].message).toMatch(message);
    expect(problems[0].line).toBeGreaterThan(1);
  });
});

describe("other checks, on edits of the real manifest", () => {
  const edit = (from: string | RegExp, to: string): string => {
    const edited = manifest.replace(from, to);
    expect(edited).not.toBe(manifest);
    return edited;
  };

  it("requires zh-CN as the default locale", () => {
    expect(codes(validateManifest(edit("<DefaultLocale>zh-CN<", "<DefaultLocale>en-US<")))).toEqual(["default-locale"]);
  });

  it("rejects a requirement set above ExcelApi 1.1 (Office 2016 volume-licensed)", () => {
    const problems = validateManifest(edit('MinVersion="1.1"/>', 'MinVersion="1.7"/>'));
    expect(codes(problems)).toEqual(["requirements"]);
    expect(problems[0].message).toContain("Office 2016");
  });

  it("rejects a resource id of the wrong kind", () => {
    const problems = validateManifest(edit('<Label resid="Group.Label"/>', '<Label resid="Commands.Url"/>'));
    expect(codes(problems)).toEqual(["resid-kind"]);
  });

  it("rejects a resource id defined twice", () => {
    const problems = validateManifest(edit('<bt:Url id="Taskpane.Url"', '<bt:Url id="Commands.Url"'));
    expect(codes(problems)).toContain("duplicate-resid");
  });

  it("rejects a short culture name in an Override", () => {
    const problems = validateManifest(edit('<bt:Override Locale="en-US" Value="Check"/>', '<bt:Override Locale="en" Value="Check"/>'));
    expect(codes(problems).every((c) => c === "override")).toBe(true);
    expect(problems.map((p) => p.message).join("\n")).toMatch(/full culture name/);
  });

  it("counts characters, not UTF-16 units or bytes, against the limit", () => {
    const exactly125 = "政".repeat(125);
    expect(validateManifest(edit('DefaultValue="政务公开年报"', `DefaultValue="${exactly125}"`))).toEqual([]);
  });

  it("limits LongStrings to 250 and URLs to 2048 characters", () => {
    expect(codes(validateManifest(edit('DefaultValue="打开政务公开年报助手面板。"', `DefaultValue="${"长".repeat(251)}"`)))).toEqual(["length"]);
    const longUrl = `https://localhost:3000/taskpane.html?q=${"a".repeat(2048)}`;
    expect(codes(validateManifest(edit('DefaultValue="https://localhost:3000/taskpane.html?view=help"', `DefaultValue="${longUrl}"`)))).toEqual(["length"]);
  });

  it("reports a required element that is missing", () => {
    expect(codes(validateManifest(edit("  <Permissions>ReadWriteDocument</Permissions>\n", "")))).toEqual(["missing-element"]);
  });

  it("rejects a root that is not a task-pane OfficeApp", () => {
    expect(codes(validateManifest(edit('xsi:type="TaskPaneApp"', 'xsi:type="ContentApp"')))).toEqual(["root"]);
  });
});
