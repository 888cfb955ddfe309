import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App, type Boot } from "./components/App";
import { connectOffice, insideOffice, paneLanguage } from "./officeBoot";
import { engine } from "./workerClient";

// Drawn at once, in the mode the address tells: office.js is requested only inside Office, and the pane switches
// to file mode if it never answers. Never a blank page while waiting for Microsoft's CDN.
const search = location.search;
const boot: Boot = insideOffice(search)
  ? {
      mode: "connecting",
      lang: paneLanguage(search),
      office: connectOffice(window as unknown as Parameters<typeof connectOffice>[0]).then(
        ({ mode, language }) => ({
          mode,
          lang: paneLanguage(search, language),
        }),
      ),
    }
  : { mode: "file", lang: paneLanguage(search) };

const root = document.getElementById("root");
if (root)
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App boot={boot} />
    </FluentProvider>,
  );

// The engine's worker loads once the pane is drawn and idle, so the first check does not wait for it.
const whenIdle: (start: () => void) => void =
  typeof requestIdleCallback === "function"
    ? (start) => requestIdleCallback(start, { timeout: 2000 })
    : (start) => setTimeout(start, 500);
whenIdle(() => engine.warm());
