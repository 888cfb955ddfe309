export * from "./columns";
export * from "./consolidateRoster";
export * from "./rosterSheet";
export * from "./specGrid";
export * from "./reviewOutput";
