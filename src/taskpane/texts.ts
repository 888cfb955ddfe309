import { messagesFor, type Messages } from "../i18n";
import { paneEn, paneVi, type PaneMessages } from "../i18n/pane";
import { uiEn, uiVi, type UiMessages } from "../i18n/ui";
import { fixesEn, fixesVi, type FixMessages } from "../i18n/fixes";
import { consolidateEn, consolidateVi, type ConsolidateMessages } from "../i18n/consolidate";
import type { Lang } from "./state";

/** Every dictionary the pane speaks in one language. */
export interface PaneTexts {
  lang: Lang;
  m: Messages;
  ui: UiMessages;
  pane: PaneMessages;
  fix: FixMessages;
  consolidate: ConsolidateMessages;
}

export function paneTexts(lang: Lang): PaneTexts {
  return lang === "en"
    ? { lang, m: messagesFor("en"), ui: uiEn, pane: paneEn, fix: fixesEn, consolidate: consolidateEn }
    : { lang, m: messagesFor("vi"), ui: uiVi, pane: paneVi, fix: fixesVi, consolidate: consolidateVi };
}
