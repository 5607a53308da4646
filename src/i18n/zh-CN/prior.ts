// Messages about last year's reference figures (上年数据) taken from last year's report (src/model/prior-import.ts).
export const PRIOR: Record<string, string> = {
  "prior.yearMismatch": "上年文件是 {prior} 年度的报告，而本报告是 {year} 年度，上年数据应取自 {expected} 年度的报告。请确认选对了文件（如确实如此，可继续写入）。",
  "prior.yearUnknown": "未能从上年文件中识别报告年度，请确认它是上一年度的报告。",
  "prior.yearUnknownExpected": "未能从上年文件中识别报告年度，请确认它是 {expected} 年度的报告。",
  "prior.format2019": "上年文件（{year} 年度）使用 2019 年试行格式，表二中没有 2021 年格式意义上的“现行有效件数”（“对外公开总数量”含义不同），因此不填上年现行有效件数，R7 无法用它核对本年的现行有效件数；如已知，请手工填写。",
  "prior.blank": "上年文件中以下 {n} 项为空，上年数据中留空：{labels}。",
  "prior.unread": "上年文件中以下 {n} 项没有读出（找不到所在的行），上年数据中留空：{labels}。",
  "prior.unreadable": "上年文件中「{label}」的值“{raw}”不是数字，上年数据中留空。",
  "prior.unreadableGuess": "上年文件中「{label}」的值“{raw}”不是规范的数字（可能是 {guess}），上年数据中留空，请核对后手工填写。",
  "prior.notCount": "上年文件中「{label}」为 {value}，不是非负整数，请核对。",
  "prior.none": "上年文件中没有找到可用的上年数据（表三“结转下年度继续办理”、表二“现行有效件数”）。",
};
