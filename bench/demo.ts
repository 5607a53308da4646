// The demo page's work in Node (the page does the same in the browser): building the in-memory
// workbook from the sample report, and one 校验 over it after a typed figure — what the clerk waits
// for before the pane shows a finding. Printed, never asserted.
import { sampleWorkbook } from "../src/demo/sample-workbook";
import { memoryHost } from "../src/memory-host/host";
import { timeMsAsync } from "./timing";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

export async function benchDemo(line: Line): Promise<void> {
  const load = await timeMsAsync(() => sampleWorkbook(), 10);
  const wb = sampleWorkbook();
  const host = memoryHost(wb, "zh-CN");
  const at = (await host.readReport()).refs!["t3.new.natural"];
  let n = 50;
  const check = await timeMsAsync(() => {
    wb.type(at.sheet, at.address, String(n++));
    return host.check();
  }, 20);
  line("演示页：载入示例工作簿", "demo page: load the sample workbook", `${load.toFixed(1)} ms`);
  line("演示页：输入后校验（内存宿主）", "demo page: check after an edit (in-memory host)", `${check.toFixed(1)} ms`);
}
