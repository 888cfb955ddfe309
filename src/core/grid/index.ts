export * from "./grid";
export * from "./cellAddress";
export * from "./cellRows";
