// Messages about last year's reference figures taken from last year's report (src/model/prior-import.ts).
export const PRIOR: Record<string, string> = {
  "prior.yearMismatch": "Last year's file is the report for {prior}, but this report is for {year}: last year's figures should come from the {expected} report. Check that you chose the right file (if it is, you may still write them).",
  "prior.yearUnknown": "The report year of last year's file could not be recognised; check that it is last year's report.",
  "prior.yearUnknownExpected": "The report year of last year's file could not be recognised; check that it is the report for {expected}.",
  "prior.format2019": "Last year's file ({year}) uses the 2019 trial format, whose table 2 has no “in force” count in the 2021 sense (“total published” means something else), so last year's in-force counts are left blank and R7 cannot use them; fill them in by hand if known.",
  "prior.blank": "{n} figures are blank in last year's file and are left blank: {labels}.",
  "prior.unread": "These {n} figures were not found in last year's file (their rows could not be read) and are left empty: {labels}.",
  "prior.unreadable": "“{label}” in last year's file reads “{raw}”, which is not a number; it is left blank.",
  "prior.unreadableGuess": "“{label}” in last year's file reads “{raw}”, not a clean number (probably {guess}); it is left blank, check it and fill it in by hand.",
  "prior.notCount": "“{label}” in last year's file is {value}, not a non-negative whole number; check it.",
  "prior.none": "No usable figures were found in last year's file (table 3 “carried over to next year”, table 2 “in force”).",
};
