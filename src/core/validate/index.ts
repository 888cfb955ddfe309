export * from "./findDuplicatePersons";
export * from "./checkStandards";
