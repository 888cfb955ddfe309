import { en } from "./en";
import type { Messages } from "./messages";
import { vi } from "./vi";

export type { Messages } from "./messages";
export { en, vi };

/** The dictionary for a language tag ("vi-VN", "en-US" …): English for English, Vietnamese otherwise. */
export function messagesFor(lang: string | undefined): Messages {
  return lang && lang.toLowerCase().startsWith("en") ? en : vi;
}

export type { UiMessages } from "./ui";
