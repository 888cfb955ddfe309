import { fieldLabel, lowerFirst, sheetProblemText, type MessagePlace, type Messages } from "../core/messages";
import type { Criterion, CriterionValue } from "../core/standards";
import { STANDARD_WORDS } from "../core/standards/standardLabels";
import {
  CODED_VOCABULARIES,
  EDUCATION_VOCAB,
  POLITICAL_THEORY_VOCAB,
  STATE_MANAGEMENT_VOCAB,
  type Vocabulary,
} from "../core/vocab";
import { glossed, joinAnd, quote } from "./words";

/**
 * The message contract in English, for staff whose Office runs in English. The roster's own values, names, units
 * and the Vietnamese headers a sheet needs stay as they are, always quoted (and glossed where a code says what
 * they mean): requires “Đại học” (university) or higher.
 */

const At = (p: MessagePlace) => (p.cell ? `Cell ${p.cell}` : p.row ? `Row ${p.row}` : "This sheet");
const at = (p: MessagePlace) => (p.cell ? `cell ${p.cell}` : p.row ? `row ${p.row}` : "this sheet");
const field = (f: Parameters<typeof fieldLabel>[0]) => fieldLabel(f, en, true);
const quotedList = (labels: readonly string[]) => joinAnd(labels.map(quote), "and");
/** Every label of a vocabulary, quoted and glossed. */
const choices = <T extends string>(vocab: Vocabulary<T>) =>
  joinAnd(
    vocab.entries.map((e) => glossed(vocab, e.code)),
    "or",
  );

export const en: Messages = {
  lang: "en",
  severity: { error: "Error", warning: "Warning", info: "Info" },
  fields: {
    stt: "No.",
    fullName: "Full name",
    familyName: "Family and middle name",
    givenName: "Given name",
    birthDate: "Date of birth",
    birthYearMale: "Year of birth (male)",
    birthYearFemale: "Year of birth (female)",
    gender: "Gender",
    genderMaleMark: "Gender (male, marked x)",
    genderFemaleMark: "Gender (female, marked x)",
    ethnicity: "Ethnicity",
    partyMember: "Party member",
    idNumber: "Citizen ID (CCCD)",
    idIssueDate: "ID issue date",
    idIssuePlace: "ID issue place",
    unit: "Unit",
    upperUnit: "Upper unit",
    level: "Union level",
    position: "Position",
    jobTitle: "Post at the workplace",
    keyCadre: "Key cadre",
    employment: "Full-time / part-time",
    fullTimeMark: "Full-time (marked x)",
    partTimeMark: "Part-time (marked x)",
    payroll: "Civil-service payroll / labour contract",
    payrollCivilMark: "Civil-service payroll (marked x)",
    payrollContractMark: "Labour contract (marked x)",
    generalEducation: "General schooling",
    education: "Education",
    politicalTheory: "Political theory (LLCT)",
    stateManagement: "State management (QLNN)",
    foreignLanguage: "Foreign language",
    informatics: "Informatics",
    unionTraining: "Union skills training",
    genderTraining: "Gender equality training",
    politicalClass: "Intermediate political theory class",
    term: "Term",
    note: "Note",
  },
  criteria: {
    education: "Education",
    politicalTheory: "Political theory",
    stateManagement: "State management",
    unionTraining: "Union skills training",
    partyMember: "Party membership",
    maxAge: "Age",
  },
  place: (p) =>
    p.sheet && p.cell
      ? `Sheet ${quote(p.sheet)}, cell ${p.cell}`
      : p.sheet
        ? `Sheet ${quote(p.sheet)}`
        : At(p),
  fileProblems: {
    "not-found": "File not found. Check the path and the file name.",
    "not-a-workbook":
      "This file is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
    corrupted: "The .xlsx file is damaged or incomplete. Ask the unit to send it again.",
    encrypted:
      "The file is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it) and save it.",
    "legacy-xls":
      "Old Excel files (.xls) cannot be read. Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
    ods: "LibreOffice files (.ods) cannot be read. Open it and save it as Excel (.xlsx).",
    csv: "Text files (.csv) cannot be read. Open it in Excel and save it as .xlsx (File > Save As > Excel Workbook).",
    empty: "The workbook has no sheet with data. Check that the unit sent the right file.",
    "no-roster":
      "The file holds no cadre roster, as no sheet has a header row (“Họ và tên”, “Chức danh”…). Check that the unit sent the right file.",
    "too-large": "The file is larger than 100 MB, the allowed limit. Split the roster into smaller files.",
    "zip-bomb":
      "The file would unpack to more than the safe limit (over 512 MB, compressed more than 200 times, or larger than the file itself declares), so it was not read. Ask the unit to check the file and send it again.",
    "too-many-columns":
      "Data lies too far to the right (beyond 1,024 columns) to be a roster. Delete the stray cells right of the table and save the file again.",
    "too-many-rows":
      "A row lies beyond Excel's limit of 1,048,576, so the file was not saved by Excel or is damaged. Ask the unit to send it again.",
    "too-many-cells":
      "The file holds too many cells (over 16 million, merged cells included) to be read safely. Split the roster into smaller files.",
    "too-much-text":
      "The file holds too much text (over 64 million characters, or one run of over 1 million) to be read safely. Check the file or split it into smaller files.",
    "too-many-sheets":
      "The workbook has more than 1,000 sheets, over the limit. Split it into smaller files.",
    "ambiguous-parts":
      "The file's structure is ambiguous (parts whose names repeat or differ only in case, or two sheets sharing one part), so which content Excel shows is unknown. Ask the unit to open it in Excel, save it and send it again.",
    "not-a-file":
      "This is not an ordinary file (a device, a pipe or a socket), so it was not read. Point to the .xlsx file itself.",
    "no-access":
      "There is no permission to read this file. Check its access rights, or copy it into your own folder and check it again.",
    "io-error":
      "The file could not be read from the disk or network. Copy it to this computer and check it again.",
    "out-of-memory":
      "Checking this file needed too much memory and was stopped; the other files are still checked. Split the roster into smaller files.",
    "internal-error":
      "canbo failed unexpectedly on this file; the other files are still checked. Send the file and this message to whoever looks after the software.",
  },
  failures: {
    "not-owned": (sheet) =>
      `The workbook already has a sheet ${quote(sheet)} that canbo did not write, so it was not overwritten. Rename that sheet (right-click its tab > Rename) and try again.`,
    protected: (sheet) =>
      `The sheet ${quote(sheet)} is protected, so nothing was coloured. Unprotect it (Review > Unprotect Sheet) and try again.`,
    "sheet-missing": (sheet) =>
      `The sheet ${quote(sheet)} is no longer in the workbook (deleted or renamed meanwhile). Check again to refresh the list of sheets.`,
    "cell-editing": () =>
      "Excel is editing a cell (the cursor is still inside one), so canbo could not go on. Press Enter or Esc to leave the cell and try again.",
    unexpected:
      "Something unexpected went wrong. Try again; if it happens again, send the file to whoever looks after the software.",
  },
  sheetProblems: {
    "no-header": ({ table }) =>
      table === "standards"
        ? `No header row of the standards table in the first 30 rows. Keep the header row with the ${quotedList(["Mã", "Tên tiêu chuẩn"])} columns, as in the template.`
        : table === "finance"
          ? `No header row of the finance table in the first 30 rows. Write a header row with the columns ${quotedList(["Năm", "Tổng kinh phí công đoàn", "Chi đào tạo, bồi dưỡng"])}.`
          : `No header row of the plan's table in the first 30 rows. Write a header row with the columns ${quotedList(["Năm", "Đối tượng", "Số lượng", "Đơn vị thực hiện", "Nội dung"])}.`,
    "missing-columns": ({ columns }) =>
      `The standards table has no ${quotedList(columns)} column. Add it as in the template (the “Insert standards template” button).`,
    "missing-id": () => "This row has content but no standard code. Give it a code of its own, e.g. S5.",
    "duplicate-id": ({ id, first }) =>
      `The standard code ${quote(id)} is already used in cell ${first}. Give each standard a code of its own.`,
    "unknown-levels": ({ text }) =>
      `${text ? `The union level ${quote(text)} is not understood.` : "No union level is written."} Write ${quote(STANDARD_WORDS.all)} (all) or some of ${choices(CODED_VOCABULARIES.level)}, separated by commas.`,
    "unknown-positions": ({ text }) =>
      `${text ? `The position ${quote(text)} is not understood.` : "No position is written."} Write ${quote(STANDARD_WORDS.all)} (all) or positions as the template writes them, separated by commas.`,
    "unknown-employment": ({ text }) =>
      `${quote(text)} in the full-time column is not understood. Write ${choices(CODED_VOCABULARIES.employment)}, or leave it empty when the standard applies to both.`,
    "unknown-minimum": ({ criterion, text }, m) =>
      `The minimum ${lowerFirst(m.criteria[criterion])} ${quote(text)} is not understood. Write ${choices(CODED_VOCABULARIES[criterion])}, or leave it empty when nothing is required.`,
    "unknown-yes": ({ criterion, text }, m) =>
      `The ${lowerFirst(m.criteria[criterion])} column takes ${quote(STANDARD_WORDS.yes)} (required) or nothing, but this cell holds ${quote(text)}. Correct it.`,
    "unknown-age": ({ text }) =>
      `The age limit ${quote(text)} cannot be read. Write an age between 18 and 100, e.g. 60.`,
    "no-requirement": ({ id }) =>
      `Standard ${id} requires nothing. Fill in at least one of the columns from ${quote("Trình độ chuyên môn tối thiểu")} to ${quote("Tuổi tối đa")}.`,
    "not-a-year": ({ text }) => `${quote(text)} is not a year. Write a year of four digits, e.g. 2019.`,
    "no-year": () => "This row has no year, nor does any row above it. Write the year.",
    "not-money": ({ column }) =>
      column === "funds"
        ? "The union's total funds must be an amount of money (VND). Write a number, e.g. 5,200,000,000."
        : "The training spending must be an amount of money (VND). Write a number, e.g. 780,000,000.",
    "not-a-count": ({ text }) =>
      `The number of people ${quote(text)} is not a number. Write a number, e.g. 600.`,
  },
  findings: {
    "no-roster": {
      title: "No roster on the sheet",
      message: () =>
        "This sheet has no roster header row (columns such as “Họ và tên”, “Chức danh”), so it was not checked. If it is a roster, add a header row.",
    },
    "missing-column": {
      title: "Missing column",
      message: (p) => `The roster has no ${field(p.field)} column. Add the column and check again.`,
    },
    "duplicate-column": {
      title: "Two columns alike",
      message: (p) =>
        `Columns ${p.second} and ${p.first} are both the ${field(p.field)} column. Only column ${p.first} is read and column ${p.second} is kept as it is; delete the extra column or correct its header.`,
    },
    "unknown-column": {
      title: "Column not checked",
      message: (p) =>
        `Column ${p.column} ${quote(p.header)} is not one canbo checks, so its values are kept as they are. If it should be checked, correct its header (e.g. “Chức danh”, “Đơn vị”).`,
    },
    "missing-value": {
      title: "Missing value",
      message: (p, pl) => `${At(pl)} has no ${field(p.field)}. Fill it in.`,
    },
    "invalid-value": {
      title: "Invalid value",
      message: (p, pl) =>
        `${At(pl)} holds a ${field(p.field)} that is not understood.` +
        (p.choices
          ? ` Write ${choices(CODED_VOCABULARIES[p.choices] as Vocabulary<string>)}.`
          : " Correct it (see the suggestion, if any)."),
    },
    "invalid-date": {
      title: "Invalid birth date or year",
      message: (p, pl) =>
        p.field === "birthDate"
          ? `${At(pl)} holds a date of birth that is not valid. Write it as day/month/year (e.g. 05/02/1975) or write the year only.`
          : `${At(pl)} holds a year of birth that is not valid. Write the year of birth in four digits, e.g. 1975.`,
    },
    "implausible-age": {
      title: "Implausible age",
      message: (p, pl) =>
        (p.age < 0
          ? `By ${at(pl)}, this person was born after the report year ${p.year}.`
          : `By ${at(pl)}, this person would be ${p.age} in ${p.year}, which does not fit a union cadre.`) +
        " Check the birth date.",
    },
    "invalid-id": {
      title: "Invalid citizen ID",
      message: (p, pl) =>
        `${At(pl)} holds a citizen ID of ${p.digits} digits; it must have exactly 12.` +
        (p.digits === 11
          ? " Excel probably dropped a leading 0: format the cell as Text (right-click > Format Cells > Text) and type all 12 digits."
          : " Check the number."),
    },
    "error-value": {
      title: "Formula error in cell",
      message: (p, pl) =>
        `${At(pl)} shows a formula error where the ${field(p.field)} belongs. Enter the value again or correct the formula.`,
    },
    "legacy-encoding": {
      title: "Legacy font (TCVN3, VNI)",
      message: (p, pl) =>
        `${At(pl)} is typed in the ${p.encoding} legacy encoding; canbo still read it. Convert it to Unicode (e.g. with Unikey's converter) so other software reads it too.`,
    },
    "conflicting-values": {
      title: "Conflicting values",
      message: (p, pl) => {
        const other = p.otherCell
          ? `cell ${p.otherCell} (the ${field(p.otherField)} column)`
          : `the ${field(p.otherField)} column`;
        switch (p.reason) {
          case "birth-year-both-genders":
            return `${At(pl)} and ${other} both hold a birth year, one under male and one under female. Keep the birth year in the one column of the person's gender.`;
          case "gender-vs-birth-column":
            return `${At(pl)} holds a gender that does not match ${other}. Correct the wrong cell.`;
          case "both-marked":
            return `${At(pl)} and ${other} are both marked. Mark only one.`;
          case "id-gender":
            return `The citizen ID in ${at(pl)} says this person is ${p.idGender === "nu" ? "female" : "male"}, but ${other} says otherwise. Check the gender or the ID.`;
          case "id-birth-year":
            return `The citizen ID in ${at(pl)} says this person was born in ${p.idYear}, but ${other} says otherwise. Check the birth year or the ID.`;
        }
      },
    },
    "duplicate-person": {
      title: "Possibly the same person",
      message: (p, pl) =>
        `${quote(p.name)} in ${at(pl)} already appears in cell ${p.otherCell} of sheet ${quote(p.otherSheet)}` +
        (p.otherFile ? ` in the file ${p.otherFile}` : "") +
        ". The person was probably entered twice; check and remove the extra row.",
    },
    "below-standard": {
      title: "Below the position standard",
      message: (p, pl) => {
        const rules = p.rules.map((r, i) =>
          p.ruleTitles[i] && p.ruleTitles[i] !== r ? `${r} (${quote(p.ruleTitles[i])})` : r,
        );
        const who = pl.row ? `The cadre on row ${pl.row}` : `The cadre in ${at(pl)}`;
        const head = `${who} does not meet standard ${rules.join(", ")} on ${lowerFirst(en.criteria[p.criterion])}: it requires ${required(p.required)}`;
        if (p.actual.kind === "unknown")
          return `${head}, but the roster does not give ${UNSAID[p.criterion]}. Fill it in.`;
        const next =
          p.criterion === "partyMember" || p.criterion === "maxAge"
            ? "Check this information."
            : "Check the information, or plan training for this person.";
        return `${head}, and ${actual(p.actual)}. ${next}`;
      },
    },
    "future-training": {
      title: "Training year after the report year",
      message: (p, pl) =>
        `${At(pl)} gives the year ${p.year} for ${field(p.field)}, after the report year ${p.reportYear}, so it does not count as trained in ${p.reportYear}. If the year is a typo, correct it.`,
    },
    "invalid-standard": {
      title: "Error in the standards sheet",
      message: (p, pl) =>
        `${en.place({ sheet: pl.sheet, cell: pl.cell })}: ${sheetProblemText(p.problem, en)} The row is not used for judging until it is corrected.`,
    },
    "unreadable-file": {
      title: "File cannot be used",
      message: (p, pl) =>
        en.fileProblems[p.problem] +
        (p.detail ? ` (Technical detail: ${quote(p.detail)}.)` : "") +
        (pl.sheet ? ` Where: ${lowerFirst(en.place(pl))}.` : ""),
    },
    "count-mismatch": {
      title: "Count differs from the total row",
      message: (p, pl) =>
        `${At(pl)} (a total row) states ${p.stated} persons, but ${p.read} were read above it. Look for a missing, extra or misread row.`,
    },
    "hidden-sheet": {
      title: "Hidden sheet",
      message: () =>
        "This sheet is hidden, so it was not checked. If it holds a roster to check, unhide it (right-click a sheet tab > Unhide) and check again.",
    },
    "standard-not-judged": {
      title: "Standard not judged",
      message: (p) =>
        `The sheet has no ${lowerFirst(en.criteria[p.criterion])} column, so standard ${p.rules.join(", ")} could not be judged on it for ${p.cadres} persons. Add the column to have it judged.`,
    },
    "own-report": {
      title: "Report written by canbo",
      message: () =>
        "This file is a report canbo wrote, not a unit's roster, so it was skipped. To check a roster, choose the unit's own file.",
    },
  },
  checkSheets: {
    findingsTitle: (year) => `ROSTER CHECK RESULTS, ${year}`,
    checkedOn: (date) => `(Checked on: ${date})`,
    findingsHeaders: [
      "No.",
      "File",
      "Sheet",
      "Cell",
      "Severity",
      "Kind",
      "Message",
      "Cell value",
      "Suggestion",
      "Code",
    ],
    noFindings: "No findings.",
    moreFindings: (count) =>
      `… and ${count.toLocaleString("en-US")} more findings of this file not listed here (the sheet lists only part when there are too many). See them all with canbo check --json or in the results pane.`,
    summaryTitle: "CHECK SUMMARY",
    summaryDate: (year, date) => `(Report year: ${year} — date ${date})`,
    summaryFileHeaders: ["File", "Sheet", "Header rows", "Cadres", "Errors", "Warnings", "Infos"],
    summaryKindHeaders: ["Kind", "Severity", "Count", "Code"],
  },
};

/** What the roster leaves unsaid, after "the roster does not give". */
const UNSAID: Readonly<Record<Criterion, string>> = {
  education: "the education",
  politicalTheory: "the political theory level",
  stateManagement: "the state management level",
  unionTraining: "whether this person was trained",
  partyMember: "whether this person is a party member",
  maxAge: "the year of birth",
};

/** What a standard asks, after "it requires". */
function required(v: CriterionValue): string {
  switch (v.kind) {
    case "education":
    case "politicalTheory":
    case "stateManagement":
      return `${level(v)} or higher`;
    case "trained":
      return "union skills training";
    case "party-member":
      return "party membership";
    case "age":
      return `an age of ${v.age} at most`;
    default:
      return actual(v);
  }
}

/** What the roster says, after "and". */
function actual(v: CriterionValue): string {
  switch (v.kind) {
    case "unknown":
      return "the roster does not say";
    case "education":
    case "politicalTheory":
    case "stateManagement":
      return `the roster has ${level(v)}`;
    case "trained":
      return v.late ? `the training is of ${v.year}, after the report year` : "the roster says trained";
    case "not-trained":
      return "the roster says not trained";
    case "party-member":
      return v.late
        ? `the person joined the party in ${v.year}, after the report year`
        : "the roster says a party member";
    case "not-party-member":
      return "the roster says not a party member";
    case "age":
      return `the person is ${v.age}`;
  }
}

/** A level on its scale, quoted and glossed: “Đại học” (university). */
function level(
  v: Extract<CriterionValue, { kind: "education" | "politicalTheory" | "stateManagement" }>,
): string {
  if (v.kind === "education") return glossed(EDUCATION_VOCAB, v.code);
  if (v.kind === "politicalTheory") return glossed(POLITICAL_THEORY_VOCAB, v.code);
  return glossed(STATE_MANAGEMENT_VOCAB, v.code);
}
