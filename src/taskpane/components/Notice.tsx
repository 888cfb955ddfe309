import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import type { PaneState, Place } from "../state";

/**
 * The message of the last action, where it was taken. Two live regions are always present (so screen readers
 * announce what appears in them): errors in an alert region, everything else in a status region. The message
 * itself can take focus, for actions whose result is the message.
 */
export function Notice({ message, place }: { message: PaneState["message"]; place: Place }) {
  const mine = message?.place === place ? message : undefined;
  const ref = useRef<HTMLDivElement>(null);
  // The result of an action takes the focus, and is scrolled into view, where it appears.
  useEffect(() => {
    if (!mine) return;
    ref.current?.focus();
    ref.current?.scrollIntoView({ block: "nearest" });
  }, [mine]);
  const bar = (intent: "error" | "success" | "info") =>
    mine && (mine.intent === "error") === (intent === "error") ? (
      <MessageBar intent={mine.intent} ref={ref} tabIndex={-1}>
        <MessageBarBody>{mine.text}</MessageBarBody>
      </MessageBar>
    ) : null;
  return (
    <>
      <div role="alert">{bar("error")}</div>
      <div role="status">{bar("success")}</div>
    </>
  );
}
