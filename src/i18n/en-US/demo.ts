// The in-memory host (src/memory-host/) and the demo page (src/demo/): not in this folder's index,
// registered by src/memory-host/messages.ts so the task pane bundle carries none of it.
export const DEMO: Record<string, string> = {
  "memory.ladder": "The demo workbook lives only in this page's memory: it can lay out the template, check, select the cells at fault, check while you type and export; it sets no input prompts or printing, computes only SUM formulas, and is lost when the page closes.",
  "memory.parts.notYet": "The demo page cannot do 汇总 → 写入: write it in Excel, or build the consolidated workbook with xxgk consolidate.",
  "demo.title": "Annual Report Assistant · demo",
  "demo.banner": "Demo: the data lives only in this page's memory and is never saved",
  "demo.grid.title": "Demo workbook",
  "demo.grid.sheets": "Sheets",
  "demo.grid.input": "Type into the selected cell and press Enter",
  "demo.grid.inputLabel": "Contents of cell {cell}",
  "demo.grid.nameBox": "Name box: type a cell address (such as D5) and press Enter to select it",
  "demo.grid.badAddress": "\"{text}\" is not a cell address: type one such as D5.",
  "demo.grid.locked": "{cell} is a protected cell (a title, formula or heading) and cannot be edited.",
  "demo.grid.typed": "Entered in {cell}.",
  "demo.loadFailed": "The demo report could not be loaded: {reason}",
};
