export * from "./cadre";
