export * from "./capFindings";
export * from "./findingsSheet";
export * from "./summarySheet";
