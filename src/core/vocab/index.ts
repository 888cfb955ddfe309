export * from "./codes";
export * from "./vocabulary";
export * from "./vocabularies";
export * from "./positions";
export * from "./inferLevelFromUnit";
export * from "./codedFields";
