export * from "./kinds";
export * from "./finding";
