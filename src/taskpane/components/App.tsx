import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from "react";
import type { Finding } from "../../core/findings";
import { usePaneCommands } from "../commands";
import { progressStore } from "../progressStore";
import { ProgressContext } from "./progressContext";
import { initialState, paneReducer, type Lang, type PaneState } from "../state";
import { messagesFor } from "../../i18n";
import { CheckPanel } from "./CheckPanel";
import { Header } from "./Header";
import { ReportPanel } from "./ReportPanel";
import { FixPanel } from "./FixPanel";
import { ResultsView } from "./ResultsView";
import { SourcePanel } from "./SourcePanel";

export interface Boot {
  mode: PaneState["mode"];
  lang: Lang;
  /** Settles once office.js has answered, in Excel mode (or failed to: file mode). */
  office?: Promise<{ mode: "excel" | "file"; lang?: Lang }>;
}

/**
 * The task pane's layout. In Excel it checks the open workbook (and units' files); outside Excel it checks files.
 * Every action is a command (commands.ts); App places the sections and moves focus to each action's result.
 */
export function App({ boot }: { boot: Boot }) {
  const [state, dispatch] = useReducer(paneReducer, undefined, () =>
    initialState(new Date().getFullYear() - 1, boot.mode, boot.lang),
  );
  const year = useRef<HTMLInputElement>(null);
  const [progress] = useState(progressStore);
  const commands = usePaneCommands(state, dispatch, progress, () => year.current?.focus());
  const t = useMemo(() => messagesFor(state.lang), [state.lang]);
  // Stable, so the findings list is not drawn again for every progress step.
  const latestCommands = useRef(commands);
  latestCommands.current = commands;
  const select = useCallback((f: Finding) => void latestCommands.current.select(f), []);
  const results = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    let live = true;
    void boot.office?.then((known) => {
      if (!live) return;
      dispatch({ type: "mode-known", ...known });
      if (known.mode === "file")
        dispatch({
          type: "message",
          message: {
            intent: "info",
            text: messagesFor(known.lang ?? boot.lang).pane.officeMissing,
            place: "source",
          },
        });
    });
    return () => {
      live = false;
    };
  }, [boot.office]);

  useEffect(
    () => (state.mode === "excel" && !state.port ? commands.connectExcel() : undefined),
    [state.mode, state.port],
  );

  useEffect(() => {
    document.documentElement.lang = state.lang;
    void latestCommands.current.relabel(state.lang);
  }, [state.lang]);

  const focusResults = () => {
    results.current?.focus();
    results.current?.scrollIntoView({ block: "start" });
  };

  // What every panel is given: the pane's state, its dispatcher, its commands and its texts.
  const panel = { state, dispatch, commands, t };

  return (
    <ProgressContext.Provider value={progress}>
      <main className="pane">
        <Header mode={state.mode} t={t} onLanguage={(lang) => dispatch({ type: "language-chosen", lang })} />
        <div className="columns">
          <div className="area-source">
            <SourcePanel {...panel}>
              <CheckPanel {...panel} yearRef={year} onChecked={focusResults} />
            </SourcePanel>
          </div>
          <div className="area-results">
            <ResultsView ref={results} {...panel} onSelect={select} />
          </div>
          <div className="area-report">
            <FixPanel state={state} commands={commands} t={t} />
            <ReportPanel {...panel} />
          </div>
        </div>
      </main>
    </ProgressContext.Provider>
  );
}
