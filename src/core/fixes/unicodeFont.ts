import { legacyFont } from "../text";

/**
 * The Unicode font that takes the place of a legacy one: the sans-serif legacy fonts (.VnArial, .VnHelvetica,
 * VNI-Helve, VNI-Arial) become Arial, every other (.VnTime, .VnTimeH, VNI-Times …) Times New Roman, the font of
 * documents under Nghị định 30/2020. Undefined for a font that is not a legacy one.
 *
 * @example unicodeFont(".VnTimeH") // "Times New Roman"
 */
export function unicodeFont(font: string | undefined): string | undefined {
  if (!legacyFont(font)) return undefined;
  return /arial|helve/i.test(font ?? "") ? "Arial" : "Times New Roman";
}
