import type { Cadre } from "../cadre";

/**
 * The code types this folder needs, read off `Cadre` itself. Why not import them from the vocabulary folder:
 * that folder is being rewritten by others, and `Cadre` is the contract both sides agree on.
 */
export type CadrePosition = Cadre["positions"][number];
export type CadreLevel = NonNullable<Cadre["level"]>;
export type CadreEmployment = NonNullable<Cadre["employment"]>;
export type CadrePayroll = NonNullable<Cadre["payroll"]>;
export type CadreGender = NonNullable<Cadre["gender"]>;
export type CadreEducation = NonNullable<Cadre["education"]>;
export type CadrePoliticalTheory = NonNullable<Cadre["politicalTheory"]>;
export type CadreStateManagement = NonNullable<Cadre["stateManagement"]>;
