import { once } from "node:events";

/**
 * Writes a value as `JSON.stringify(value, null, 2)` would, piece by piece: arrays and objects of the first levels
 * element by element, deeper values whole. A document with a million findings never exists as one string (V8
 * cannot even hold one past about 512 million characters), and the writer waits whenever the stream asks it to.
 */
export async function writeJson(out: NodeJS.WritableStream, value: unknown): Promise<void> {
  const parts = new Parts();
  // The pieces are gathered without a pause, and the writer waits only when a chunk is full and the stream asks it
  // to: a promise per piece cost more than the writing itself, for a document of thousands of findings.
  const chunks = pieces(value, "", 0, parts);
  while (!chunks.next().done) await parts.write(out);
  parts.add("\n");
  await parts.write(out);
}

/**
 * Adds the text of a value at a depth of the document to `parts`, piece by piece; pauses (yields) whenever they
 * hold a chunk.
 */
function* pieces(v: unknown, indent: string, depth: number, parts: Parts): Generator<void> {
  const inner = indent + "  ";
  const streamed = depth < STREAMED_LEVELS && !(v instanceof JsonText);
  const keys =
    streamed && isPlainObject(v)
      ? Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== "function")
      : [];
  if (streamed && Array.isArray(v) && v.length > 0) {
    parts.add("[\n");
    for (let i = 0; i < v.length; i++) {
      parts.add(inner);
      const item: unknown = v[i];
      yield* pieces(item === undefined || typeof item === "function" ? null : item, inner, depth + 1, parts);
      parts.add(i < v.length - 1 ? ",\n" : "\n");
      if (parts.full) yield;
    }
    parts.add(`${indent}]`);
  } else if (keys.length > 0) {
    parts.add("{\n");
    for (const [i, k] of keys.entries()) {
      parts.add(`${inner}${JSON.stringify(k)}: `);
      yield* pieces((v as Record<string, unknown>)[k], inner, depth + 1, parts);
      parts.add(i < keys.length - 1 ? ",\n" : "\n");
      if (parts.full) yield;
    }
    parts.add(`${indent}}`);
  } else parts.add(v instanceof JsonText ? v.bytes : whole(v, indent));
}

/**
 * A chunk of the document gathered as bytes: text written ahead (JsonText) comes encoded already — encoding a
 * document of Vietnamese text is most of what writing it costs — and the pieces between are encoded together.
 */
class Parts {
  private bytes: Uint8Array[] = [];
  private text = "";
  private size = 0;

  get full(): boolean {
    return this.size + this.text.length >= CHUNK;
  }

  add(piece: string | Uint8Array): void {
    if (typeof piece === "string") {
      this.text += piece;
      return;
    }
    this.close();
    this.bytes.push(piece);
    this.size += piece.length;
  }

  async write(out: NodeJS.WritableStream): Promise<void> {
    this.close();
    const ok = out.write(Buffer.concat(this.bytes, this.size));
    this.bytes = [];
    this.size = 0;
    if (!ok) await once(out, "drain");
  }

  private close(): void {
    if (!this.text) return;
    const encoded = Buffer.from(this.text);
    this.bytes.push(encoded);
    this.size += encoded.length;
    this.text = "";
  }
}

/**
 * A value written as JSON ahead of time, as writeJson writes it at the given depth (0: the document, 1: its members,
 * 2: their items …); writeJson puts the text in its place as it is. A document's parts can so be written while the
 * rest of it is still being computed.
 */
export class JsonText {
  /** The text in UTF-8. */
  readonly bytes: Uint8Array;
  constructor(value: unknown, depth: number) {
    // What writeJson writes piece by piece is what JSON.stringify writes whole.
    this.bytes = Buffer.from(whole(value, "  ".repeat(depth)));
  }
}

/** A value written whole, its lines after the first indented as its place in the document is. */
function whole(v: unknown, indent: string): string {
  return (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

/** Bytes gathered before each write. */
const CHUNK = 1 << 16;
/** Levels written piece by piece: the document, its lists, and their items' lists. */
const STREAMED_LEVELS = 2;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return (
    typeof v === "object" &&
    v !== null &&
    !Array.isArray(v) &&
    typeof (v as { toJSON?: unknown }).toJSON !== "function"
  );
}
