export * from "./normalizeText";
export * from "./foldKey";
export * from "./decodeLegacy";
export * from "./hasLetter";
