import type { Messages } from "../../i18n/messages";
import type { Finding } from "./finding";
import type { FindingCode, FindingParams } from "./kinds";

/** The finding's message in the dictionary's language, for people who do not program. */
export function formatFinding(f: Finding, m: Messages): string {
  const text = m.findings[f.code] as {
    message: (p: FindingParams[FindingCode], place: object, m: Messages) => string;
  };
  return text.message(f.params, f, m);
}

/** The kind's short title ("Thiếu thông tin"). */
export function findingTitle(code: FindingCode, m: Messages): string {
  return m.findings[code].title;
}
