export * from "./findingsSheet";
export * from "./summarySheet";
