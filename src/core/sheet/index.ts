export * from "./sheetSpec";
export * from "./documentStyle";
export * from "./measureText";
export * from "./paginate";
