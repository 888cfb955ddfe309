export * from "./cadre";
export * from "./extraColumns";
export { newCadre } from "./newCadre";
