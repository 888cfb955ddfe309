export * from "./fieldAliases";
export * from "./matchHeader";
export * from "./detectHeader";
export * from "./classifyRow";
export * from "./readCell";
export * from "./buildCadre";
export * from "./readRoster";
