/** Texts of the task pane (the `ui` section of each dictionary in vi.ts and en.ts). */
export interface UiMessages {
  /** Shown while the pane finds out whether Excel hosts it (up to 3 s without office.js). */
  starting: string;
  title: string;
  subtitle: string;
  openFiles: string;
  dropHint: string;
  year: string;
  check: string;
  checking: string;
  steps: { list: string; read: string; check: string; write: string };
  counts: (cadres: number) => string;
  noFindings: string;
  filter: string;
  filterAll: string;
  search: string;
  makeReport: string;
  reportReady: (name: string) => string;
  selected: (sheet: string, cell: string) => string;
  noRosterFile: string;
  unexpected: string;
  modeExcel: string;
  modeFile: string;
  rosterSheets: string;
  noRosterSheet: string;
  insertStandards: string;
  standardsInserted: string;
  standardsExists: string;
  standardsFrom: (sheet: boolean) => string;
  highlight: string;
  clearHighlight: string;
  importFiles: string;
  protectedSheet: string;
  notOwned: (sheet: string) => string;
  reportWritten: string;
  insertFileSheets: string;
  fileSheetsInserted: (n: number) => string;
  /** Short mode tag in the header. */
  modeTagExcel: string;
  modeTagFile: string;
  filesChosen: (names: string[]) => string;
  results: string;
  findingsOf: (n: number) => string;
  yearInvalid: string;
  selectHint: string;
}
