/**
 * A reading that depends only on a year, made once per year and shared, frozen: a roster's tens of thousands of
 * "born 1975" or "trained in 2018" are one object each, not one per cadre for the cadres to keep alive (and the
 * collector to copy).
 *
 * @example const bornIn = sharedPerYear((year) => ({ kind: "date", date: { year } })); bornIn(1975) === bornIn(1975)
 */
export function sharedPerYear<T extends object>(make: (year: number) => T): (year: number) => T {
  const made = new Map<number, T>();
  return (year) => {
    let reading = made.get(year);
    if (!reading) {
      reading = deepFreeze(make(year));
      made.set(year, reading);
    }
    return reading;
  };
}

function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === "object" && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
