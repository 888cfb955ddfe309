import { Field, Text } from "@fluentui/react-components";
import type { ChangeEvent, DragEvent } from "react";
import type { UiMessages } from "../../i18n";

/** Open or drop .xlsx files; they are read in the page and never sent anywhere. */
export function FilePanel({
  ui,
  label,
  onOpen,
}: {
  ui: UiMessages;
  label: string;
  onOpen: (files: FileList | null) => void;
}) {
  return (
    <div
      className="drop"
      onDragOver={(e) => e.preventDefault()}
      onDrop={(e: DragEvent) => {
        e.preventDefault();
        onOpen(e.dataTransfer.files);
      }}
    >
      <Field label={label}>
        <input
          type="file"
          accept=".xlsx"
          multiple
          onChange={(e: ChangeEvent<HTMLInputElement>) => onOpen(e.target.files)}
        />
      </Field>
      <Text size={200}>{ui.dropHint}</Text>
    </div>
  );
}
