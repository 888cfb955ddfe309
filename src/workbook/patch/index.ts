export { patchXlsx, type PatchResult } from "./patchXlsx";
