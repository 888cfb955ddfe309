export * from "./headerWords";
export * from "./matchHeader";
export * from "./detectHeader";
export * from "./classifyRow";
export * from "./readCell";
export * from "./requiredFields";
export * from "./buildCadre";
export * from "./readRoster";
