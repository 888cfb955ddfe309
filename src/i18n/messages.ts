import type { Field } from "../core/cadre/cadre";
import type { FileProblem, FindingCode, FindingParams } from "../core/findings/kinds";

/** Where a message can say the finding is. */
export interface MessagePlace {
  sheet?: string;
  cell?: string;
  row?: number;
}

export type FindingText<C extends FindingCode> = {
  title: string;
  message: (p: FindingParams[C], place: MessagePlace, m: Messages) => string;
};

/**
 * One dictionary per language with this shape: a text missing in one language is a type error.
 * Vietnamese is the product's language; English serves staff whose Office runs in English.
 */
export interface Messages {
  lang: "vi" | "en";
  severity: { error: string; warning: string; info: string };
  fields: Record<Field, string>;
  fileProblems: Record<FileProblem, string>;
  findings: { [C in FindingCode]: FindingText<C> };
}
