import { Button, Field, ProgressBar } from "@fluentui/react-components";
import { useSyncExternalStore } from "react";
import type { Progress } from "../../app/types";
import { formatCount } from "../formatCount";
import type { Place, Task } from "../state";
import { useProgressStore } from "./progressContext";
import type { Dictionary } from "../../i18n";

/** The progress of the task started here: its step, a bar, a count, and Hủy. */
export function TaskProgress({
  task,
  place,
  t,
  onCancel,
}: {
  task: Task | undefined;
  place: Place;
  t: Dictionary;
  onCancel: () => void;
}) {
  if (!task || task.place !== place) return null;
  return <ProgressLine task={task} t={t} onCancel={onCancel} />;
}

/** Drawn again on each step of the task, alone: the rest of the pane is not. */
function ProgressLine({ task, t, onCancel }: { task: Task; t: Dictionary; onCancel: () => void }) {
  const store = useProgressStore();
  const now = useSyncExternalStore(store.subscribe, store.get);
  const p = now?.run === task.run ? now.progress : undefined;
  const label = p ? `${t.pane.steps[p.step]}${p.sheet ? ` ${p.sheet}` : ""}` : t.pane.steps.list;
  return (
    <div className="progress">
      <Field label={label} hint={p && p.total > 0 ? count(p, t) : undefined}>
        <ProgressBar value={p && p.total > 0 ? p.done / p.total : undefined} aria-label={label} />
      </Field>
      <Button onClick={onCancel}>{t.pane.cancel}</Button>
    </div>
  );
}

// Made once: a formatter built per progress step cost the pane's thread tens of milliseconds over a large file.
const MEGABYTES = {
  vi: new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
};

function count(p: Progress, t: Dictionary): string {
  // Bytes are shown in MB, one decimal; everything else as counted.
  const fmt = (n: number) =>
    p.unit === "bytes" ? MEGABYTES[t.lang === "en" ? "en" : "vi"].format(n / 1e6) : formatCount(n, t.lang);
  return t.pane.progressCount(p.unit, fmt(p.done), fmt(p.total));
}
