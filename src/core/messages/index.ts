export * from "./messages";
export * from "./sheetProblem";
export * from "./formatFinding";
export * from "./fieldLabel";
