import type { RowKind } from "./classifyRow";

type Section = Extract<RowKind, { kind: "section" }>;
type Total = Extract<RowKind, { kind: "total" }>;

/** Persons read in each block of a table, to hold a total row's stated count against. */
export interface BlockCounts {
  person(): void;
  section(kind: Section): void;
  /** The stated and read counts when a total row states a count other than the persons read in its block. */
  total(kind: Total): { stated: number; read: number } | undefined;
  newTable(): void;
}

/**
 * Counts persons per block the way a clerk checks a roster's own totals: "Cộng I" sums the rows since section I
 * began, "Cộng (A+B)" and "Tổng cộng" the whole table, a bare "Cộng" the innermost open section (or the rows since
 * the last total when there is none).
 *
 * @example const b = countBlocks(); b.section(I); b.person(); b.total({ stated: 2, markers: ["I"] … }) // { stated: 2, read: 1 }
 */
export function countBlocks(): BlockCounts {
  let table = 0;
  let sinceTotal = 0;
  /** Open sections, outermost first, with the persons read since each began. */
  let open: { marker?: string; rank: number; count: number }[] = [];
  /** Every section's count by its marker, kept after it closes ("Cộng I" may follow section II's first row). */
  const byMarker = new Map<string, number>();

  return {
    person() {
      table++;
      sinceTotal++;
      for (let i = 0; i < open.length; i++) {
        const s = open[i];
        s.count++;
        if (s.marker) byMarker.set(s.marker, s.count);
      }
    },
    section(kind) {
      open = open.filter((s) => s.rank < kind.rank);
      open.push({ marker: kind.marker?.toUpperCase(), rank: kind.rank, count: 0 });
      if (kind.marker) byMarker.set(kind.marker.toUpperCase(), 0);
    },
    total(kind) {
      const read = readFor(kind);
      sinceTotal = 0;
      if (kind.stated === undefined || read === undefined || read === kind.stated) return undefined;
      return { stated: kind.stated, read };
    },
    newTable() {
      table = 0;
      sinceTotal = 0;
      open = [];
      byMarker.clear();
    },
  };

  function readFor(kind: Total): number | undefined {
    if (kind.whole) return table;
    if (kind.markers.length === 1) return byMarker.get(kind.markers[0].toUpperCase());
    return open.length > 0 ? open[open.length - 1].count : sinceTotal;
  }
}
