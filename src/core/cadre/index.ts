export * from "./cadre";
export { newCadre } from "./newCadre";
