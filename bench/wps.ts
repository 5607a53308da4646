// The WPS host's cost beside the Office host's: ET calls (every member read, assignment and call
// into ET, counted by src/wps/count.ts) of 生成模板 and 校验, next to Office's context.sync() calls,
// on the two strict fakes the contract suite uses. Printed, never asserted.
import { knownFigureWrites, PRIOR_CARRIED_OUT } from "../src/selftest/figures";
import { officeUnderTest, wpsUnderTest } from "../tests/host-contract/hosts";
import type { HostUnderTest } from "../tests/host-contract/hosts";

type Line = (zh: string, en: string, value: string, budget?: string) => void;

async function costs(h: HostUnderTest): Promise<{ layout: number; check: number; relayout: number; editCheck: number }> {
  const count = async (step: () => Promise<unknown>) => {
    const before = h.host.roundTrips();
    await step();
    return h.host.roundTrips() - before;
  };
  const layout = await count(() => h.host.layout({ year: 2024, format: "2021", defaultYear: 2024 }));
  await h.host.writeValues(knownFigureWrites());
  await h.host.writePrior(PRIOR_CARRIED_OUT, "2021");
  const check = await count(() => h.host.check());
  const at = (await h.host.readReport()).refs!["t3.new.natural"];
  h.type(at.sheet, at.address, 1);
  const editCheck = await count(() => h.host.check());
  const relayout = await count(() => h.host.layout({ defaultYear: 2024 }));
  return { layout, check, relayout, editCheck };
}

export async function benchWps(line: Line): Promise<void> {
  const office = await costs(officeUnderTest());
  const wps = await costs(wpsUnderTest());
  const pair = (o: number, w: number) => `${o} / ${w}`;
  line("生成模板：Office 同步次数 / WPS 调用次数（2021 格式）", "layout: Office syncs / WPS ET calls (2021 format)", pair(office.layout, wps.layout));
  line("校验（已填数字，一项警告）：Office 同步 / WPS 调用", "check (figures filled, one warning): Office syncs / WPS calls", pair(office.check, wps.check));
  line("改错一个数字后的校验：Office 同步 / WPS 调用", "check after one wrong figure: Office syncs / WPS calls", pair(office.editCheck, wps.editCheck));
  line("再次生成模板：Office 同步 / WPS 调用", "relayout: Office syncs / WPS calls", pair(office.relayout, wps.relayout));
}
