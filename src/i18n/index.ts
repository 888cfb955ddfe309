import type { Lang, Messages } from "../core/messages";
import { cliEn, cliVi, type CliMessages } from "./cli";
import { consolidateEn, consolidateVi, type ConsolidateMessages } from "./consolidate";
import { fixesEn, fixesVi, type FixMessages } from "./fixes";
import { en } from "./en";
import { paneEn, paneVi, type PaneMessages } from "./pane";
import { uiEn, uiVi, type UiMessages } from "./ui";
import { vi } from "./vi";

/**
 * Everything canbo says in one language: the core's message contract (findings, files, failures, sheet problems,
 * the check's sheets) and the texts of each face (the pane's controls, the command's lines).
 */
export interface Dictionary extends Messages {
  ui: UiMessages;
  pane: PaneMessages;
  cli: CliMessages;
  fix: FixMessages;
  consolidate: ConsolidateMessages;
}

const DICTIONARIES: Readonly<Record<Lang, Dictionary>> = {
  vi: { ...vi, ui: uiVi, pane: paneVi, cli: cliVi, fix: fixesVi, consolidate: consolidateVi },
  en: { ...en, ui: uiEn, pane: paneEn, cli: cliEn, fix: fixesEn, consolidate: consolidateEn },
};

/**
 * The dictionary for a language tag ("vi-VN", "en-US", "en" …): English for English, Vietnamese otherwise. The one
 * door to the texts for the pane, the command and the sheets they write.
 *
 * @example messagesFor("en-GB").findings["missing-value"].title // "Missing value"
 */
export function messagesFor(lang: string | undefined): Dictionary {
  return DICTIONARIES[lang && lang.toLowerCase().startsWith("en") ? "en" : "vi"];
}

export type { CliMessages, ConsolidateMessages, FixMessages, PaneMessages, UiMessages };
