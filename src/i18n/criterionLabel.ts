import type { Messages } from "./messages";

/** A standard's criterion in words: the roster field it checks, or age for the age limit. */
export function criterionLabel(criterion: string, m: Messages): string {
  if (criterion === "maxAge") return m.lang === "vi" ? "Tuổi" : "Age";
  return (m.fields as Record<string, string>)[criterion] ?? criterion;
}
