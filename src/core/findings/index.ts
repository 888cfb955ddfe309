export * from "./kinds";
export * from "./finding";
export * from "./formatFinding";
