export * from "./readFinanceSheet";
