export * from "./normalizeText";
export * from "./foldKey";
