export * from "./sheetSpec";
