import { agencyKey, sameAgency } from "../../src/model/agency-name";

describe("agency names for pairing", () => {
  it("folds spaces, full-width forms and the spelled-out 人民政府 / 办公室", () => {
    expect(agencyKey(" 某区 人民政府 ")).toBe(agencyKey("某区政府"));
    expect(agencyKey("某区人民政府办公室")).toBe(agencyKey("某区政府办"));
    expect(agencyKey("某区人民政府办公室")).toBe(agencyKey("某区人民政府办公厅"));
    expect(agencyKey("ＡＢ区卫生健康局（本级）")).toBe(agencyKey("AB区卫生健康局(本级)"));
  });
  it("keeps apart what names two agencies", () => {
    expect(agencyKey("某区人民政府")).not.toBe(agencyKey("某区人民政府办公室"));
    expect(agencyKey("某区教育局")).not.toBe(agencyKey("某市教育局"));
    expect(agencyKey(null)).toBe("");
  });
  it("the higher place in front may be left out (洪泽区's real reports of 2023 and 2024)", () => {
    expect(sameAgency("淮安市洪泽区人民政府", "洪泽区人民政府")).toBe(true);
    expect(sameAgency("江苏省淮安市洪泽区人民政府", "洪泽区政府")).toBe(true);
    expect(sameAgency("某市教育局", "教育局")).toBe(false);
    expect(sameAgency("淮安市洪泽区人民政府", "淮安区人民政府")).toBe(false);
    expect(sameAgency("", "")).toBe(false);
  });
});
