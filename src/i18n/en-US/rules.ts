// Rule messages (en-US). Keys match src/i18n/zh-CN/rules.ts.
export const RULES: Record<string, string> = {
  "table.t2": "Table 2",
  "table.t3": "Table 3",
  "table.t4": "Table 4",
  "cell.rowColumn": "{table} “{row}” · {column}",
  "cell.t4": "{table} “{group}” · {column}",

  "R1.unbalanced":
    "Table 3, column “{column}”: items 1 + 2 ({left}) must equal items 3 + 4 ({right}); difference {diff}.",
  "R2.unbalanced": "Table 3, column “{column}”: total (七) is {left} but the results add up to {right}; difference {diff}.",
  "R3.unbalanced": "Table 3, row “{row}”: total is {left} but the applicant columns add up to {right}; difference {diff}.",
  "R4.unbalanced":
    "Table 4, “{group}”: total is {left} but upheld, corrected, other and pending add up to {right}; difference {diff}.",
  "sum.blanksAsZero": " (blank or “/” cells counted as 0)",
  "sum.guessed": " (text cells counted as the number they probably mean)",
  "rule.unevaluableUnread": "{what} cannot be checked: {cell} was not read from the source (see the reading problems under structure).",
  "rule.unevaluableUnreadMany": "{what} and related checks ({count} in all) cannot be checked: {n} figures such as {cell} were not read from the source (see the reading problems under structure).",
  "rule.unevaluable": "{what} cannot be checked: {cell} is not a readable number.",
  "R1.what": "The balance of table 3 column “{column}”",
  "R2.what": "The total of table 3 column “{column}”",
  "R3.what": "The total of table 3 row “{row}”",
  "R4.what": "The total of table 4 “{group}”",
  "R6.what": "The comparison of table 3's carried-in figure in column “{column}” with last year's report",
  "R7.what": "The comparison of table 2's “{row}” in-force count with last year's",

  "R5.blank": "{cell} is blank: write 0 if there were none.",
  "R5.nodata": "{cell} holds “{raw}”: the table needs a number; write 0 if there were none.",
  "R5.textGuess": "{cell} holds “{raw}”, which is not a number; probably {guess}. Type the number alone.",
  "R5.text": "{cell} holds “{raw}”, which is not a number.",
  "R5.negative": "{cell} is negative ({value}); it must be 0 or more.",
  "R5.fraction": "{cell} is {value}; a count must be a whole number.",
  "R5.columnBlank": "{table}, column 「{column}」 is blank from top to bottom: enter 0 where nothing happened.",
  "R5.notCount": "{cell} holds “{raw}”, which is no count: it is over one billion (perhaps an ID number pasted by mistake); please check it.",
  "R5.date": "{cell} holds a date ({raw}), not a number: please enter the count (the cell's format should be General or Number).",
  "R5.boolean": "{cell} holds the logical value {raw}, not a number: please enter the count.",
  "R5.tableEmpty": "{table} has no figures yet.",

  "R6.mismatch":
    "Table 3, column “{column}”: carried in ({left}) should equal last year's carried over ({right}); difference {diff}.",
  "R7.mismatch":
    "Table 2, “{row}”: in force ({left}) should equal last year's {prior} + issued {issued} − repealed {repealed} ({right}); difference {diff}.",

  "R10.formatForYear": "A report on {year} must use the {expected} format, but this one uses the {actual} format.",
  "R10.yearUnknown": "No report year found, so the required format cannot be determined.",
  "format.2019": "2019 trial (国办公开办函〔2019〕60号)",
  "format.2021": "2021 (国办公开办函〔2021〕30号)",
  "rule.unevaluableUnknown": "{what} cannot be checked: {cell} is unknown in the consolidation (some unit did not provide it; see the 明细 sheet).",
};
