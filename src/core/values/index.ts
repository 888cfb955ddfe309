export * from "./cellKinds";
export * from "./excelSerial";
export * from "./parseDate";
export * from "./parseMark";
export * from "./parseTraining";
export * from "./parseIdNumber";
export * from "./parsePartyMember";
export * from "./parseGender";
