import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { messagesFor } from "../i18n";
import { App } from "./components/App";

// Vietnamese unless the browser (or Office's webview) runs in English.
const messages = messagesFor(navigator.language);
document.documentElement.lang = messages.lang;
createRoot(document.getElementById("root")!).render(
  <FluentProvider theme={webLightTheme}>
    <App messages={messages} />
  </FluentProvider>,
);
