import { feeStatement, noticesStated } from "../../../src/rules/narrative/fee";
import { sampleJson } from "./helpers";

describe("feeStatement", () => {
  test("the sample: notices, amount billed, amount collected", () => {
    const st = feeStatement(sampleJson().narrative["6"])!;
    expect(st.notices?.value).toBe(0);
    expect(st.billed?.value).toBe(0);
    expect(st.collected?.value).toBe(0);
    expect(st.notices?.sentence).toBe("2024 年度，区人力资源和社会保障局共发出收费通知 0件，涉及收费金额 0 元，实际收取信息处理费 0 元。");
  });

  test("amounts in 万元 are read as 元", () => {
    const st = feeStatement("本年度发出收费通知 3 件，涉及金额 0.12 万元，实际收取信息处理费 800 元。")!;
    expect(st).toMatchObject({ notices: { value: 3 }, billed: { value: 1200 }, collected: { value: 800 } });
  });

  test.each([
    ["本年度未收取信息处理费。"],
    ["本机关没有收取信息处理费。"],
    ["2024年度不涉及信息处理费收取。"],
    ["本年度信息处理费为 0。"],
    ["依申请公开均未收取任何费用。"],
  ])("'none was charged': %s", (text) => {
    const st = feeStatement(text)!;
    expect(st.none).toBe(text);
    expect(noticesStated(st)?.value).toBe(0);
  });

  test("未发出收费通知 means 0 notices", () => {
    expect(noticesStated(feeStatement("本年度未发出收费通知，未收取信息处理费。")!)).toMatchObject({ value: 0 });
  });

  test("the applicant not paying is not the agency not charging", () => {
    expect(feeStatement("申请人逾期未按收费通知要求缴纳费用的，不再处理。")).toBeNull();
  });

  test.each([[undefined], [""], ["咨询情况方面，2024 年共收到各渠道信访案件 1699 宗。"], ["本年度无其他需要报告的事项。"]])(
    "says nothing: %s",
    (text) => expect(feeStatement(text)).toBeNull(),
  );
});
