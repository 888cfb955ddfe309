export * from "./layoutReport";
export * from "./dateLine";
export * from "./sheetNames";
export * from "./attainmentSheet";
export * from "./scheduleSheet";
export * from "./planSheet";
export * from "./statisticsSheet";
export * from "./infoSheet";
