// WPS's ribbon.xml (CustomUI 2006, the schema WPS reads) from the one command list the Office
// manifest is also held to. Every callback names a synchronous global function (ribbon.ts): some
// WPS 12.1 builds drop a custom ribbon whose callbacks are async.
import { GROUP_LABEL, RIBBON_COMMANDS } from "../addin/ribbon-commands";
import { xmlText as esc } from "../xlsx/write/xml-text";

export function ribbonXml(): string {
  const buttons = RIBBON_COMMANDS.map(
    (c) =>
      `          <button id="${c.id}" label="${esc(c.label["zh-CN"])}" screentip="${esc(c.label["zh-CN"])}" supertip="${esc(c.tooltip["zh-CN"])}" size="large" onAction="OnAction" getImage="GetImage" getEnabled="OnGetEnabled"/>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<customUI xmlns="http://schemas.microsoft.com/office/2006/01/customui" onLoad="OnAddinLoad">',
    "  <ribbon startFromScratch=\"false\">",
    "    <tabs>",
    `      <tab id="xxgkTab" label="${esc(GROUP_LABEL["zh-CN"])}">`,
    `        <group id="xxgkGroup" label="${esc(GROUP_LABEL["zh-CN"])}">`,
    ...buttons,
    "        </group>",
    "      </tab>",
    "    </tabs>",
    "  </ribbon>",
    "</customUI>",
    "",
  ].join("\n");
}
