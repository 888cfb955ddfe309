import { Text, useId } from "@fluentui/react-components";
import { useState, type ChangeEvent, type DragEvent } from "react";
import type { UiMessages } from "../../i18n";

/** Open or drop .xlsx files; they are read in the page and never sent anywhere. */
export function FilePanel({
  ui,
  label,
  chosen,
  disabled,
  onOpen,
}: {
  ui: UiMessages;
  label: string;
  chosen: string[];
  disabled?: boolean;
  onOpen: (files: FileList | null) => void;
}) {
  const id = useId("files");
  const [over, setOver] = useState(false);
  return (
    <div
      className={over ? "drop drop-over" : "drop"}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onOpen(e.dataTransfer.files);
      }}
    >
      {/* The native input stays focusable and labelled (Tab, then Enter or Space opens the picker) but is drawn
          as a Fluent-like button, so its text is Vietnamese whatever the browser's language. */}
      <input
        id={id}
        className="file-input"
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(e: ChangeEvent<HTMLInputElement>) => {
          onOpen(e.target.files);
          e.target.value = "";
        }}
      />
      <label htmlFor={id} className="file-button">
        {label}
      </label>
      <Text size={200} id={`${id}-hint`} block>
        {chosen.length ? ui.filesChosen(chosen) : ui.dropHint}
      </Text>
    </div>
  );
}
