// One command list for both ribbons: the Office manifest's buttons are exactly RIBBON_COMMANDS
// (ids, actions, labels and tooltips in both languages), and WPS's ribbon.xml is generated from it.
import { readFileSync } from "fs";
import { join } from "path";
import { GROUP_LABEL, RIBBON_COMMANDS } from "../../src/addin/ribbon-commands";
import { ribbonXml } from "../../src/wps/ribbon-xml";

const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");

function str(resid: string): { "zh-CN": string; "en-US": string } {
  const m = new RegExp(`<bt:String id="${resid.replace(".", "\\.")}" DefaultValue="([^"]*)">\\s*<bt:Override Locale="en-US" Value="([^"]*)"`).exec(manifest);
  if (!m) throw new Error(`no string ${resid}`);
  return { "zh-CN": m[1], "en-US": m[2] };
}

test("the Office manifest's buttons are the command list, in order", () => {
  const controls = [...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)].map(([, id, body]) => {
    const label = /<Label resid="([^"]+)"/.exec(body)![1];
    const tip = /<Description resid="([^"]+)"/.exec(body)![1];
    const fn = /<FunctionName>(\w+)<\/FunctionName>/.exec(body)?.[1];
    const pane = /<SourceLocation resid="([^"]+)"/.exec(body)?.[1];
    const url = pane ? new RegExp(`<bt:Url id="${pane.replace(".", "\\.")}" DefaultValue="([^"]*)"`).exec(manifest)![1] : "";
    return { officeId: id, action: fn ? "function" : "pane", fn, view: /[?&]view=(\w+)/.exec(url)?.[1], label: str(label), tooltip: str(tip) };
  });
  expect(controls).toEqual(
    RIBBON_COMMANDS.map((c) => ({ officeId: c.officeId, action: c.action, fn: c.action === "function" ? c.id : undefined, view: c.view, label: c.label, tooltip: c.tooltip })),
  );
  expect(str("Group.Label")).toEqual(GROUP_LABEL);
});

test("ribbon.xml has one button per command, all calling synchronous globals, under onLoad=OnAddinLoad", () => {
  const xml = ribbonXml();
  expect(xml).toContain('onLoad="OnAddinLoad"');
  const ids = [...xml.matchAll(/<button id="(\w+)" label="([^"]+)"[^>]*onAction="OnAction"/g)].map((m) => [m[1], m[2]]);
  expect(ids).toEqual(RIBBON_COMMANDS.map((c) => [c.id, c.label["zh-CN"]]));
  expect(xml).not.toMatch(/async|=>/);
});
