import { decodeLegacyText, normalizeText } from "../text";
import { parseIdNumber } from "../values";
import { canonicalSpelling } from "./canonicalSpelling";
import type { CellInput, FixStep } from "./fixKinds";
import { tidyName } from "./tidyName";
import { unicodeFont } from "./unicodeFont";

const NAME_FIELDS = new Set(["fullName", "familyName", "givenName"]);

/**
 * The certain changes of one cell, judged from the cell alone, in the order they apply: its legacy text decoded
 * (by its font, else the sheet's encoding, else its letters — as the reader decodes it), then, in a person's row, a
 * name's spacing and case or a known value's canonical spelling; or a CCCD number of 11 digits given back its 0.
 * The font is the Unicode one to give a cell whose own font is a legacy one. Nothing for a cell that needs nothing.
 *
 * @example fixCell({ raw: "nguyÔn v¨n an", font: ".VnTime", field: "fullName" }).steps
 *   // [{ kind: "legacy-encoding", after: "nguyễn văn an" }, { kind: "name-format", after: "Nguyễn Văn An" }]
 */
export function fixCell(input: CellInput): { steps: FixStep[]; font?: string } {
  const { raw, field } = input;
  if (typeof raw === "number") {
    const id = field === "idNumber" ? parseIdNumber(raw) : undefined;
    return id?.kind === "invalid" && id.suggestion
      ? { steps: [{ kind: "invalid-id", after: id.suggestion }] }
      : { steps: [] };
  }
  if (typeof raw !== "string" || raw.trim() === "") return { steps: [] };
  const steps: FixStep[] = [];
  const legacy = decodeLegacyText(raw, input.font, input.encoding);
  let text = raw;
  if (legacy) {
    // As the reader shows it, and as its finding suggests it.
    text = normalizeText(legacy.decoded);
    steps.push({ kind: "legacy-encoding", after: text });
  }
  if (field && NAME_FIELDS.has(field)) {
    const tidy = tidyName(text);
    if (tidy !== text) steps.push({ kind: "name-format", after: tidy });
  } else if (field) {
    const canonical = canonicalSpelling(field, text);
    if (canonical !== undefined) steps.push({ kind: "canonical-spelling", after: canonical });
  }
  const font = legacy ? unicodeFont(input.font) : undefined;
  return font ? { steps, font } : { steps };
}
