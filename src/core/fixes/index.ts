export * from "./fixKinds";
export * from "./tidyName";
export * from "./canonicalSpelling";
export * from "./unicodeFont";
export * from "./fixCell";
export * from "./proposeFixes";
export * from "./settleFixes";
