import { messagesFor, type Messages } from "../i18n";
import { paneEn, paneVi, type PaneMessages } from "../i18n/pane";
import { uiEn, uiVi, type UiMessages } from "../i18n/ui";
import type { Lang } from "./state";

/** Every dictionary the pane speaks in one language. */
export interface PaneTexts {
  lang: Lang;
  m: Messages;
  ui: UiMessages;
  pane: PaneMessages;
}

export function paneTexts(lang: Lang): PaneTexts {
  return lang === "en"
    ? { lang, m: messagesFor("en"), ui: uiEn, pane: paneEn }
    : { lang, m: messagesFor("vi"), ui: uiVi, pane: paneVi };
}
