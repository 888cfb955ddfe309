import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { messagesFor } from "../i18n";
import { App } from "./components/App";
import { detectMode } from "./officeBoot";

const root = createRoot(document.getElementById("root")!);
// Something to see at once: without internet the boot waits up to 3 s for office.js before choosing file mode.
root.render(
  <FluentProvider theme={webLightTheme}>
    <Spinner className="starting" label={messagesFor(navigator.language).ui.starting} />
  </FluentProvider>,
);

// Excel mode when office.js loads and Excel hosts the page; file mode otherwise (a browser, no internet, old Excel).
void detectMode(window as unknown as Parameters<typeof detectMode>[0]).then(({ mode, language }) => {
  const messages = messagesFor(language);
  document.documentElement.lang = messages.lang;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App messages={messages} mode={mode} />
    </FluentProvider>,
  );
});
