/**
 * An in-memory fake of the part of the Excel JavaScript API the Office adapter uses. Like Excel, it refuses to
 * show a loaded property before `load` and `sync`, takes a string starting with "=" as a formula unless the cell
 * is formatted as text, and it counts `sync()` calls and measures each request's payload (JSON of what went
 * each way) so the adapter's batching can be asserted.
 */
type V = string | number | boolean;
/** What the adapter set on a cell's look (font, alignment, borders), as Excel would keep it. */
export interface FakeLook {
  font: Record<string, unknown>;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  borders: Record<"top" | "bottom" | "left" | "right", string | undefined>;
}
interface Cell {
  v: V;
  nf: string;
  f?: string;
  fill: string | null;
  font?: string;
  look?: FakeLook;
}

export class FakeSheet {
  cells = new Map<string, Cell>();
  merges: string[] = [];
  tables: { name: string; address: string; style?: string; showBandedRows?: boolean }[] = [];
  conditionalFormats: string[] = [];
  frozenRows = 0;
  page: Record<string, unknown> = {};
  headers = { state: "", first: "", all: "" };
  rowBreaks: number[] = [];
  rowHeights = new Map<number, number>();
  columnWidths = new Map<number, number>();
  hiddenColumns = new Set<number>();
  protected = false;
  visibility = "Visible";
  constructor(public name: string) {}
  cell(r: number, c: number): Cell {
    const key = `${r},${c}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = { v: "", nf: "General", fill: null }));
    return cell;
  }
  look(r: number, c: number): FakeLook {
    const cell = this.cell(r, c);
    cell.look ??= {
      font: {},
      borders: { top: undefined, bottom: undefined, left: undefined, right: undefined },
    };
    return cell.look;
  }
  value(r: number, c: number): V {
    return this.cells.get(`${r},${c}`)?.v ?? "";
  }
  extent(): { rows: number; cols: number } {
    let rows = 0,
      cols = 0;
    for (const [k, c] of this.cells) {
      if (c.v === "" && !c.f) continue;
      const [r, col] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, col + 1);
    }
    return { rows, cols };
  }
}

export class FakeExcel {
  sheets: FakeSheet[] = [];
  names: { name: string; formula: string }[] = [];
  syncs = 0;
  /** Payload bytes of each sync, in order. */
  payloads: number[] = [];
  active?: string;
  /** Base64 files given to insertWorksheetsFromBase64, in order. */
  inserted: string[] = [];
  selected?: string;
  suspended = 0;
  /** When set, each sync also waits this long on a timer, as a round trip to Excel frees the pane's thread. */
  latencyMs?: number;
  /** Custom XML parts of the workbook (saved with it, as Excel does), in order. */
  customXml: { id: string; xml: string }[] = [];
  /** The workbook counts its dates from 1904 (Excel for Mac's old default): DATE() gives 1,462 days less. */
  date1904 = false;
  private pending: (() => number)[] = [];

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  /** Registers work that happens at the next sync; returns its payload bytes. */
  queue(work: () => number): void {
    this.pending.push(work);
  }
  /** Records the bytes of a write now (writes travel in the next request). */
  sent(bytes: number): void {
    this.pending.push(() => bytes);
  }
  run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> =>
    batch(this.context() as unknown as Excel.RequestContext);

  private context() {
    return contextOf(this);
  }

  /** What `context.sync()` does: run the queued work and record its payload. */
  flush(): void {
    this.syncs++;
    const work = this.pending;
    this.pending = [];
    this.payloads.push(work.reduce((n, w) => n + w(), 0));
  }
}

function contextOf(fake: FakeExcel) {
  return {
    workbook: {
      worksheets: worksheets(fake),
      names: names(fake),
      insertWorksheetsFromBase64: (b64: string) => {
        fake.sent(b64.length);
        fake.inserted.push(b64);
      },
      customXmlParts: customXmlParts(fake),
      functions: {
        // Only what the adapter asks of Excel's worksheet functions: DATE, in the workbook's own date system.
        date: (y: number, m: number, d: number) =>
          loadable<{ value: number }>(fake, () => ({
            value: (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000 - (fake.date1904 ? 1462 : 0),
          })),
      },
    },
    application: { suspendApiCalculationUntilNextSync: () => void fake.suspended++ },
    sync: async () => {
      fake.flush();
      if (fake.latencyMs !== undefined) await new Promise((resolve) => setTimeout(resolve, fake.latencyMs));
    },
  };
}

/** A property that throws when read before load + sync, like Excel's proxies. */
function loadable<T extends object>(
  fake: FakeExcel,
  fill: (props?: string) => Record<string, unknown>,
  bytes?: (loaded: Record<string, unknown>) => number,
): T & { load: (p?: string) => T } {
  let loaded: Record<string, unknown> | undefined;
  const target = {
    load(this: T, props?: string) {
      fake.queue(() => {
        loaded = fill(props);
        return bytes ? bytes(loaded) : JSON.stringify(loaded).length;
      });
      return this;
    },
  };
  return new Proxy(target, {
    get(t, p) {
      if (p in t) return (t as Record<string | symbol, unknown>)[p];
      if (typeof p === "symbol" || p === "then") return undefined;
      if (!loaded) throw new Error(`The property '${String(p)}' is not available. Call load and sync first.`);
      return loaded[p];
    },
  }) as T & { load: (p?: string) => T };
}

/** The workbook's custom XML parts: added, found by the namespace of their root, read, replaced and deleted. */
function customXmlParts(fake: FakeExcel) {
  let next = fake.customXml.length + 1;
  const namespaceOf = (xml: string) =>
    /^\s*(?:<\?xml[^>]*\?>\s*)?<[^\s>]+[^>]*\sxmlns="([^"]*)"/.exec(xml)?.[1];
  const partProxy = (part: { id: string; xml: string } | undefined) => ({
    get isNullObject() {
      return part === undefined;
    },
    load: () => undefined,
    getXml: () => {
      const result = { value: undefined as string | undefined };
      fake.queue(() => ((result.value = part?.xml), part?.xml.length ?? 0));
      return result;
    },
    setXml: (xml: string) => {
      fake.sent(xml.length);
      if (part) part.xml = xml;
    },
    delete: () => {
      fake.sent(16);
      fake.customXml = fake.customXml.filter((p) => p !== part);
    },
  });
  return {
    add: (xml: string) => {
      const part = { id: `{${next++}}`, xml };
      fake.sent(xml.length);
      fake.customXml.push(part);
      return partProxy(part);
    },
    getByNamespace: (ns: string) => ({
      // Like Excel, the part is looked up when the request runs, not when the proxy is made.
      getOnlyItemOrNullObject: () => {
        const matches = () => fake.customXml.filter((p) => namespaceOf(p.xml) === ns);
        let found: { id: string; xml: string } | undefined;
        let looked = false;
        const lookUp = () => {
          if (!looked) {
            const all = matches();
            if (all.length > 1) throw new Error(`InvalidOperation: ${all.length} parts in ${ns}`);
            found = all[0];
            looked = true;
          }
          return found;
        };
        fake.queue(() => (lookUp(), 16));
        return new Proxy(
          {},
          {
            get: (_t, p) => {
              if (p === "then") return undefined;
              return (partProxy(lookUp()) as Record<string | symbol, unknown>)[p];
            },
          },
        );
      },
    }),
  };
}

function worksheets(fake: FakeExcel) {
  const items = loadable<{ items: unknown[] }>(
    fake,
    () => ({ items: fake.sheets.map((s) => sheetProxy(fake, s)) }),
    (l) => (l.items as unknown[]).length * 64,
  );
  return Object.assign(items, {
    getItemOrNullObject: (name: string) => {
      const s = fake.sheet(name);
      return s ? sheetProxy(fake, s) : nullSheet();
    },
    getItem: (name: string) => {
      const s = fake.sheet(name);
      if (!s) throw new Error(`ItemNotFound: ${name}`);
      return sheetProxy(fake, s);
    },
    add: (name: string) => {
      const s = new FakeSheet(name);
      fake.sheets.push(s);
      return sheetProxy(fake, s);
    },
  });
}

function nullSheet() {
  const dead = () => nullSheet();
  const nullRange = () => ({
    isNullObject: true,
    load: () => undefined,
    getIntersectionOrNullObject: nullRange,
  });
  return {
    isNullObject: true,
    load: () => undefined,
    protection: { load: () => undefined },
    getUsedRangeOrNullObject: nullRange,
    getRange: dead,
  };
}

function names(fake: FakeExcel) {
  const items = loadable<{ items: unknown[] }>(
    fake,
    () => ({
      items: fake.names.map((n) => ({
        ...n,
        delete: () => (fake.names = fake.names.filter((x) => x !== n)),
      })),
    }),
    (l) => (l.items as unknown[]).length * 64,
  );
  return Object.assign(items, {
    add: (name: string, range: { address: string }) =>
      void fake.names.push({ name, formula: `=${range.address}` }),
  });
}

const quote = (n: string) => `'${n.replace(/'/g, "''")}'`;
const colOf = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
const letters = (c: number): string =>
  c < 26 ? String.fromCharCode(65 + c) : letters(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26));

function sheetProxy(fake: FakeExcel, s: FakeSheet) {
  return {
    isNullObject: false,
    get name() {
      return s.name;
    },
    set name(v: string) {
      s.name = v;
    },
    get visibility() {
      return s.visibility;
    },
    get position() {
      return fake.sheets.indexOf(s);
    },
    set position(p: number) {
      fake.sheets.splice(fake.sheets.indexOf(s), 1);
      fake.sheets.splice(p, 0, s);
    },
    load: () => undefined,
    protection: loadable<{ protected: boolean }>(fake, () => ({ protected: s.protected })),
    getUsedRangeOrNullObject: () => {
      const used = loadable<Record<string, number>>(fake, () => {
        const { rows, cols } = s.extent();
        return { rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols };
      });
      // The first rows of the used range ("1:200" intersected with it), loaded in the same request.
      const intersect = (rows: { rowCount: number }) => {
        const { rows: n, cols } = s.extent();
        return Object.assign(
          rangeProxy(fake, s, 0, 0, Math.max(1, Math.min(n, rows.rowCount)), Math.max(1, cols)),
          { isNullObject: n === 0 },
        );
      };
      return new Proxy(used, {
        get: (t, p) =>
          p === "isNullObject"
            ? s.extent().rows === 0
            : p === "getIntersectionOrNullObject"
              ? intersect
              : (t as Record<string | symbol, unknown>)[p],
      });
    },
    getRangeByIndexes: (r: number, c: number, n: number, m: number) => rangeProxy(fake, s, r, c, n, m),
    getRange: (a1: string) => {
      const rows = /^(\d+):(\d+)$/.exec(a1);
      if (rows) return { rowCount: Number(rows[2]) - Number(rows[1]) + 1 };
      const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
      return rangeProxy(fake, s, Number(m[2]) - 1, colOf(m[1]), 1, 1);
    },
    // Excel's tables belong to their sheet: keep the address without the sheet, so a rename carries over.
    tables: {
      add: (range: { address: string }) => {
        const t: FakeSheet["tables"][number] = { name: "", address: range.address.replace(/^.*!/, "") };
        s.tables.push(t);
        return t;
      },
    },
    activate: () => void (fake.active = s.name),
    delete: () => void (fake.sheets = fake.sheets.filter((x) => x !== s)),
    freezePanes: { freezeRows: (n: number) => void (s.frozenRows = n) },
    horizontalPageBreaks: { add: (a1: string) => void s.rowBreaks.push(Number(/\d+/.exec(a1)?.[0]) - 1) },
    pageLayout: new Proxy(s.page, {
      set: (t, p, v) => ((t[p as string] = v), true),
      get: (t, p) =>
        p === "setPrintTitleRows"
          ? (rows: string) => (t.printTitleRows = rows)
          : p === "setPrintTitleColumns"
            ? (cols: string) => (t.printTitleColumns = cols)
            : p === "headersFooters"
              ? {
                  set state(v: string) {
                    s.headers.state = v;
                  },
                  firstPage: {
                    set centerHeader(v: string) {
                      s.headers.first = v;
                    },
                  },
                  defaultForAllPages: {
                    set centerHeader(v: string) {
                      s.headers.all = v;
                    },
                  },
                }
              : t[p as string],
    }),
  };
}

function rangeProxy(fake: FakeExcel, s: FakeSheet, r: number, c: number, n: number, m: number) {
  const each = (f: (cell: Cell, i: number, j: number) => void) => {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) f(s.cell(r + i, c + j), i, j);
  };
  const address = `${quote(s.name)}!${letters(c)}${r + 1}${n * m > 1 ? `:${letters(c + m - 1)}${r + n}` : ""}`;
  const loaded = loadable<{ values: V[][]; numberFormat: string[][]; formulas: V[][] }>(fake, (props) => ({
    values: Array.from({ length: n }, (_, i) => Array.from({ length: m }, (_, j) => s.value(r + i, c + j))),
    // A cell's formula, or its value where it has none, as Excel gives `formulas`.
    ...(props?.includes("formulas") && {
      formulas: Array.from({ length: n }, (_, i) =>
        Array.from({ length: m }, (_, j) => s.cells.get(`${r + i},${c + j}`)?.f ?? s.value(r + i, c + j)),
      ),
    }),
    // Number formats are paid for only when asked, as in Excel.
    ...(props?.includes("numberFormat") && {
      numberFormat: Array.from({ length: n }, (_, i) =>
        Array.from({ length: m }, (_, j) => s.cells.get(`${r + i},${c + j}`)?.nf ?? "General"),
      ),
    }),
  }));
  const fill = { color: undefined as string | undefined, loaded: false };
  const fillProxy = {
    load: () => fake.queue(() => ((fill.color = s.cell(r, c).fill ?? "#FFFFFF"), (fill.loaded = true), 20)),
    get color() {
      if (!fill.loaded) throw new Error("The property 'color' is not available. Call load and sync first.");
      return fill.color;
    },
    set color(v: string | undefined) {
      each((cell) => (cell.fill = v ?? null));
    },
    clear: () => each((cell) => (cell.fill = null)),
  };
  /** Like Excel: one font name when every cell of the range has it, null when they differ; setting applies to all. */
  const fontProxy = () =>
    new Proxy(
      loadable<{ name: string | null }>(fake, () => {
        const names = new Set<string>();
        each((cell) => void names.add(cell.font ?? "Calibri"));
        return { name: names.size === 1 ? [...names][0] : null };
      }),
      {
        set(_t, p, v) {
          for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) s.look(r + i, c + j).font[String(p)] = v;
          if (p === "name") each((cell) => (cell.font = v as string));
          fake.sent(20);
          return true;
        },
      },
    );
  const setLook = (f: (look: FakeLook, i: number, j: number) => void) => {
    for (let i = 0; i < n; i++) for (let j = 0; j < m; j++) f(s.look(r + i, c + j), i, j);
    fake.sent(20);
  };
  /** Excel's border edges of a range, set on the cells they touch. */
  const border = (edge: string) => ({
    set style(v: string) {
      setLook((look, i, j) => {
        if (edge === "EdgeTop" && i === 0) look.borders.top = v;
        if (edge === "EdgeBottom" && i === n - 1) look.borders.bottom = v;
        if (edge === "EdgeLeft" && j === 0) look.borders.left = v;
        if (edge === "EdgeRight" && j === m - 1) look.borders.right = v;
        if (edge === "InsideHorizontal") {
          if (i > 0) look.borders.top = v;
          if (i < n - 1) look.borders.bottom = v;
        }
        if (edge === "InsideVertical") {
          if (j > 0) look.borders.left = v;
          if (j < m - 1) look.borders.right = v;
        }
      });
    },
    set weight(_v: string) {},
    set color(_v: string) {},
  });
  return new Proxy(loaded, {
    get(t, p) {
      switch (p) {
        case "address":
          return address;
        case "format":
          return {
            fill: fillProxy,
            font: fontProxy(),
            borders: { getItem: border },
            set columnWidth(w: number) {
              for (let j = 0; j < m; j++) s.columnWidths.set(c + j, w);
            },
            set rowHeight(h: number) {
              for (let i = 0; i < n; i++) s.rowHeights.set(r + i, h);
            },
            set wrapText(w: boolean) {
              setLook((look) => (look.wrap = w));
            },
            set horizontalAlignment(a: string) {
              setLook((look) => (look.horizontal = a));
            },
            set verticalAlignment(a: string) {
              setLook((look) => (look.vertical = a));
            },
          };
        case "merge":
          return () => void s.merges.push(address);
        case "select":
          return () => void (fake.selected = address);
        case "conditionalFormats":
          return {
            add: (type: string) => (
              s.conditionalFormats.push(`${type} ${address}`),
              { cellValue: { format: { fill: {}, font: {} } } }
            ),
          };
        case "getMergedAreasOrNullObject":
          return () => ({
            isNullObject: s.merges.length === 0,
            load: () => undefined,
            address: s.merges.join(","),
          });
        default:
          return (t as Record<string | symbol, unknown>)[p];
      }
    },
    set(_t, p, value) {
      if (p === "columnHidden") {
        for (let j = 0; j < m; j++) if (value) s.hiddenColumns.add(c + j);
        return true;
      }
      if (p === "numberFormat") each((cell, i, j) => (cell.nf = (value as string[][])[i][j]));
      else if (p === "values")
        each((cell, i, j) => {
          const v = (value as V[][])[i][j];
          // Excel reads typed text: "=…" becomes a formula unless the cell is text ("@").
          if (typeof v === "string" && /^[=+\-@]/.test(v) && v.length > 1 && cell.nf !== "@")
            Object.assign(cell, { f: v, v: "#NAME?" });
          else Object.assign(cell, { v, f: undefined });
        });
      else if (p === "formulas")
        each((cell, i, j) => {
          const f = (value as V[][])[i][j];
          // A link shows its text; another formula keeps the value written before it (what Excel would compute).
          if (typeof f === "string" && f.startsWith("="))
            Object.assign(cell, { f, v: /^=HYPERLINK\(.*,"([^"]*)"\)$/.exec(f)?.[1] ?? cell.v });
          else Object.assign(cell, { v: f, f: undefined });
        });
      fake.sent(JSON.stringify(value).length);
      return true;
    },
  });
}
