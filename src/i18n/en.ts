import type { Messages, MessagePlace } from "./messages";
import { criterionLabel } from "./criterionLabel";

const at = (p: MessagePlace) => (p.cell ? `Cell ${p.cell}` : p.row ? `Row ${p.row}` : "Sheet");

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
    position: "Position (chức danh)",
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
  fileProblems: {
    "not-found": "File not found. Check the path.",
    "not-a-workbook": "This file is not an Excel workbook (.xlsx). Open it in Excel and save it as .xlsx.",
    corrupted: "The .xlsx file is damaged or incomplete. Ask the unit to send it again.",
    encrypted:
      "The file is password-protected and cannot be read. Open it in Excel, remove the password and save it.",
    "legacy-xls": "Old Excel files (.xls) cannot be read. Open it in Excel and save it as .xlsx.",
    ods: "LibreOffice files (.ods) cannot be read. Save it as Excel (.xlsx).",
    csv: "Text files (.csv) cannot be read. Open it in Excel and save it as .xlsx.",
    empty: "The workbook has no sheet with data.",
    "no-roster":
      "The file holds no cadre roster: no sheet has a header row (Họ và tên, Chức danh…). Check that the unit sent the right file.",
    "too-large": "The file is larger than 100 MB, the allowed limit. Split the roster into smaller files.",
    "zip-bomb":
      "The file would unpack to more than the safe limit (over 512 MB, compressed more than 200 times, or larger than the file itself declares), so it was not read. Check the file.",
    "too-many-columns":
      "Data lies too far to the right (beyond 1,024 columns) to be a roster. Delete the stray cells right of the table and save the file again.",
    "too-many-rows":
      "A row lies beyond Excel's limit of 1,048,576: the file was not saved by Excel or is damaged. Ask the unit to send it again.",
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
      "canbo failed unexpectedly on this file; the other files are still checked. Send the file and this line to whoever looks after the software.",
  },
  findings: {
    "no-roster": {
      title: "No roster",
      message: () => "This sheet has no roster header row (Full name, Position…) and was skipped.",
    },
    "missing-column": {
      title: "Missing column",
      message: (p, _pl, m) =>
        `The roster has no "${m.fields[p.field as keyof typeof m.fields] ?? p.field}" column.`,
    },
    "duplicate-column": {
      title: "Duplicate column",
      message: (p, _pl, m) =>
        `Columns ${p.second} and ${p.first} are both "${m.fields[p.field as keyof typeof m.fields] ?? p.field}"; only column ${p.first} is used.`,
    },
    "unknown-column": {
      title: "Unrecognised column",
      message: (p) => `Column ${p.column} "${p.header}" is not recognised; its values are kept as they are.`,
    },
    "missing-value": {
      title: "Missing value",
      message: (p, pl, m) =>
        `${at(pl)} has no ${(m.fields[p.field as keyof typeof m.fields] ?? p.field).toLowerCase()}.`,
    },
    "invalid-value": {
      title: "Invalid value",
      message: (p, pl, m) =>
        `${at(pl)}: the ${(m.fields[p.field as keyof typeof m.fields] ?? p.field).toLowerCase()} is not recognised` +
        (p.expected ? ` (use one of: ${p.expected}).` : "."),
    },
    "invalid-date": {
      title: "Invalid date",
      message: (p, pl, m) =>
        `${at(pl)}: the ${(m.fields[p.field as keyof typeof m.fields] ?? p.field).toLowerCase()} is not a valid date; write dd/mm/yyyy or the year only.`,
    },
    "implausible-age": {
      title: "Implausible age",
      message: (p, pl) =>
        `${at(pl)}: this person would be ${p.age} in ${p.year}, unlikely for a union cadre; check the birth date.`,
    },
    "invalid-id": {
      title: "Invalid citizen ID",
      message: (p, pl) => `${at(pl)}: the citizen ID has ${p.digits} digits; it must have exactly 12.`,
    },
    "error-value": {
      title: "Formula error in cell",
      message: (p, pl, m) =>
        `${at(pl)}: the ${(m.fields[p.field as keyof typeof m.fields] ?? p.field).toLowerCase()} cell shows a formula error; enter the value again.`,
    },
    "legacy-encoding": {
      title: "Legacy encoding",
      message: (p, pl) =>
        `${at(pl)}: the text is in the ${p.encoding} legacy encoding; convert it to Unicode.`,
    },
    "conflicting-values": {
      title: "Conflicting values",
      message: (p, pl, m) => {
        const other = `cell ${p.otherCell ?? "elsewhere"} (${m.fields[p.otherField].toLowerCase()})`;
        switch (p.reason) {
          case "birth-year-both-genders":
            return `${at(pl)}: a birth year is written under both Male and Female (see ${other}); keep it in one column.`;
          case "gender-vs-birth-column":
            return `${at(pl)}: the gender differs from the male/female birth-year column at ${other}; correct the wrong cell.`;
          case "both-marked":
            return `${at(pl)}: both this cell and ${other} are marked; mark only one.`;
          case "id-gender":
            return `${at(pl)}: the citizen ID says this person is ${p.idGender === "nu" ? "female" : "male"}, but ${other} says otherwise; check the gender or the ID.`;
          case "id-birth-year":
            return `${at(pl)}: the citizen ID says this person was born in ${p.idYear}, but ${other} says otherwise; check the birth year or the ID.`;
        }
      },
    },
    "duplicate-person": {
      title: "Duplicate person",
      message: (p, pl) =>
        `${at(pl)}: "${p.name}" already appears at ${p.otherCell} (sheet ${p.otherSheet}); probably entered twice.`,
    },
    "below-standard": {
      title: "Below position standard",
      message: (p, pl, m) =>
        `${at(pl)}: does not meet standard ${p.rules.map((r, i) => `${r} (${p.ruleTitles[i]})`).join(", ")} on ${criterionLabel(p.criterion, m).toLowerCase()}: requires ${p.required}, has ${p.actual}.`,
    },
    "future-training": {
      title: "Training year after report year",
      message: (p, pl, m) =>
        `${at(pl)}: ${(m.fields[p.field as keyof typeof m.fields] ?? p.field).toLowerCase()} says ${p.year}, after the report year ${p.reportYear}; not counted as trained yet.`,
    },
    "invalid-standard": {
      title: "Unreadable standard",
      message: (p, pl) => `${at(pl)} (standards sheet): ${p.problem}`,
    },
    "unreadable-file": {
      title: "Unreadable file",
      message: (p, pl, m) =>
        (pl.sheet ? `Sheet "${pl.sheet}"${pl.cell ? `, cell ${pl.cell}` : ""}: ` : "") +
        m.fileProblems[p.problem] +
        (p.detail ? ` (${p.detail})` : ""),
    },
    "own-report": {
      title: "canbo report",
      message: () => "This file is a report canbo wrote, not a unit's roster, so it was skipped.",
    },
    "count-mismatch": {
      title: "Count differs from the total row",
      message: (p, pl) =>
        `${at(pl)}: the total row states ${p.stated} persons, but ${p.read} were read above it; look for a missing, extra or misread row.`,
    },
    "hidden-sheet": {
      title: "Hidden sheet",
      message: () => "This sheet is hidden, so it was not checked; unhide it if it holds a roster to check.",
    },
    "standard-not-judged": {
      title: "Standard not judged",
      message: (p, _pl, m) =>
        `The sheet has no ${criterionLabel(p.criterion, m).toLowerCase()} column, so standard ${p.rules.join(", ")} could not be judged on it for ${p.cadres} persons; add the column to have it judged.`,
    },
  },
};
