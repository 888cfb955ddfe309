import { Text, ToggleButton } from "@fluentui/react-components";
import type { Lang, PaneState } from "../state";
import type { Dictionary } from "../../i18n";

/**
 * The pane's top line: where it works and the language switch. In Excel the pane's title is Office's own, so the
 * page's heading is there for screen readers only; in a browser nothing else shows it.
 */
export function Header({
  mode,
  t,
  onLanguage,
}: {
  mode: PaneState["mode"];
  t: Dictionary;
  onLanguage: (lang: Lang) => void;
}) {
  return (
    <header className="header">
      <div>
        <h1 className={mode === "file" ? "title" : "sr-only"}>{t.ui.title}</h1>
        <Text size={200}>
          {mode === "excel"
            ? t.ui.modeExcel
            : mode === "file"
              ? `${t.ui.modeFile} ${t.ui.subtitle}`
              : t.pane.connecting}
        </Text>
      </div>
      <div role="group" aria-label={t.pane.language} className="languages">
        {(["vi", "en"] as const).map((lang) => (
          <ToggleButton
            key={lang}
            size="small"
            checked={t.lang === lang}
            lang={lang}
            onClick={() => onLanguage(lang)}
          >
            {lang === "vi" ? "Tiếng Việt" : "English"}
          </ToggleButton>
        ))}
      </div>
    </header>
  );
}
