export * from "./grid";
export * from "./cellAddress";
