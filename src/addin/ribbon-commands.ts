// The add-in's ribbon buttons, once for both hosts: the Office manifest's <Control> buttons
// (tests/addin/ribbon-commands.test.ts holds manifest.xml to this list) and WPS's ribbon.xml
// (generated from it by src/wps/ribbon-xml.ts at build time). Labels as the ribbon shows them.

export interface RibbonCommand {
  /** WPS control id and the Office ExecuteFunction name (or pane view) it stands for. */
  id: "layoutReport" | "checkReport" | "exportReport" | "openPane";
  /** The Office manifest's control id. */
  officeId: string;
  /** "function": runs without UI (Office ExecuteFunction); "pane": opens the task pane (at `view`). */
  action: "function" | "pane";
  view?: "export";
  label: { "zh-CN": string; "en-US": string };
  tooltip: { "zh-CN": string; "en-US": string };
}

export const GROUP_LABEL = { "zh-CN": "政务公开年报", "en-US": "Disclosure Report" } as const;

export const RIBBON_COMMANDS: readonly RibbonCommand[] = [
  {
    id: "layoutReport",
    officeId: "Xxgk.LayoutButton",
    action: "function",
    label: { "zh-CN": "生成模板", "en-US": "Lay Out Template" },
    tooltip: {
      "zh-CN": "按国家规定格式在工作簿中生成三张统计表和正文工作表；已填写的数据会保留。",
      "en-US": "Lays out the three statutory tables and the narrative sheet in this workbook; values already entered are kept.",
    },
  },
  {
    id: "checkReport",
    officeId: "Xxgk.CheckButton",
    action: "function",
    label: { "zh-CN": "校验", "en-US": "Check" },
    tooltip: {
      "zh-CN": "检查各表的勾稽关系、数值格式以及正文与表格是否一致，并在面板中列出问题。",
      "en-US": "Checks the tables' balance rules, number formats and the narrative's agreement with the tables, and lists the findings in the pane.",
    },
  },
  {
    id: "exportReport",
    officeId: "Xxgk.ExportButton",
    action: "pane",
    view: "export",
    label: { "zh-CN": "导出", "en-US": "Export" },
    tooltip: {
      "zh-CN": "将年报正文和表格导出为 Word 文档或纯文本，供发布使用。",
      "en-US": "Exports the report text and tables as a Word document or plain text for publication.",
    },
  },
  {
    id: "openPane",
    officeId: "Xxgk.TaskpaneButton",
    action: "pane",
    label: { "zh-CN": "年报面板", "en-US": "Report Pane" },
    tooltip: { "zh-CN": "打开政务公开年报助手面板。", "en-US": "Opens the annual report assistant pane." },
  },
];
