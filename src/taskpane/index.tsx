import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { messagesFor } from "../i18n";
import { App } from "./components/App";
import { detectMode } from "./officeBoot";

// Excel mode when office.js loads and Excel hosts the page; file mode otherwise (a browser, no internet, old Excel).
void detectMode(window as unknown as Parameters<typeof detectMode>[0]).then(({ mode, language }) => {
  const messages = messagesFor(language);
  document.documentElement.lang = messages.lang;
  createRoot(document.getElementById("root")!).render(
    <FluentProvider theme={webLightTheme}>
      <App messages={messages} mode={mode} />
    </FluentProvider>,
  );
});
