import { memo } from "react";
import type { UnitLine } from "../../app/unitSummary";
import { formatCount } from "../formatCount";
import type { Dictionary } from "../../i18n";

/** Units shown before "và N đơn vị khác": the worst ones are what the eye needs. */
const SHOWN = 12;

/**
 * Per unit, cadres, errors and warnings, with a bar per unit (errors, then warnings) scaled to the unit with the
 * most problems, so the units to call stand out.
 */
export const UnitBars = memo(function UnitBars({ units, t }: { units: UnitLine[]; t: Dictionary }) {
  if (units.length < 2) return null;
  const worst = Math.max(1, ...units.map((u) => u.errors + u.warnings));
  const n = (x: number) => formatCount(x, t.lang);
  return (
    <div className="units">
      <h3>{t.pane.units}</h3>
      <ul>
        {units.slice(0, SHOWN).map((u) => (
          <li key={u.unit} className="unit">
            <span className="unit-name">{u.unit || t.pane.unitUnknown}</span>
            <span className="unit-bar" aria-hidden="true">
              <span className="unit-errors" style={{ width: `${(u.errors / worst) * 100}%` }} />
              <span className="unit-warnings" style={{ width: `${(u.warnings / worst) * 100}%` }} />
            </span>
            <span className="unit-count">{t.pane.unitLine(n(u.cadres), n(u.errors), n(u.warnings))}</span>
          </li>
        ))}
      </ul>
      {units.length > SHOWN && <p>{t.pane.unitsMore(n(units.length - SHOWN))}</p>}
    </div>
  );
});

/** The units of several checks (files of one federation) added together, worst first. */
export function mergeUnits(lists: UnitLine[][]): UnitLine[] {
  if (lists.length === 1) return lists[0];
  const byUnit = new Map<string, UnitLine>();
  for (const list of lists)
    for (const u of list) {
      const seen = byUnit.get(u.unit);
      if (!seen) byUnit.set(u.unit, { ...u });
      else {
        seen.cadres += u.cadres;
        seen.errors += u.errors;
        seen.warnings += u.warnings;
      }
    }
  return [...byUnit.values()].sort((a, b) => b.errors - a.errors || b.warnings - a.warnings);
}
