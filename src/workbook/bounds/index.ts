export * from "./readLimits";
export * from "./byteBudget";
export * from "./contentBudget";
export * from "./gridBuilder";
export * from "./partNames";
