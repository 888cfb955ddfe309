export * from "./cadre";
export { newCadre, NO_EXTRA } from "./newCadre";
