import { once } from "node:events";

/**
 * Writes a value as `JSON.stringify(value, null, 2)` would, piece by piece: arrays and objects of the first levels
 * element by element, deeper values whole. A document with a million findings never exists as one string (V8
 * cannot even hold one past about 512 million characters), and the writer waits whenever the stream asks it to.
 */
export async function writeJson(out: NodeJS.WritableStream, value: unknown): Promise<void> {
  let pending = "";
  const emit = async (s: string) => {
    pending += s;
    if (pending.length < CHUNK) return;
    const ok = out.write(pending);
    pending = "";
    if (!ok) await once(out, "drain");
  };
  const write = async (v: unknown, indent: string, depth: number): Promise<void> => {
    if (v instanceof JsonText) return emit(v.text);
    const inner = indent + "  ";
    if (depth < STREAMED_LEVELS && Array.isArray(v) && v.length > 0) {
      await emit("[\n");
      for (let i = 0; i < v.length; i++) {
        await emit(inner);
        const item: unknown = v[i];
        await write(item === undefined || typeof item === "function" ? null : item, inner, depth + 1);
        await emit(i < v.length - 1 ? ",\n" : "\n");
      }
      await emit(`${indent}]`);
      return;
    }
    if (depth < STREAMED_LEVELS && isPlainObject(v)) {
      const keys = Object.keys(v).filter((k) => v[k] !== undefined && typeof v[k] !== "function");
      if (keys.length > 0) {
        await emit("{\n");
        for (const [i, k] of keys.entries()) {
          await emit(`${inner}${JSON.stringify(k)}: `);
          await write(v[k], inner, depth + 1);
          await emit(i < keys.length - 1 ? ",\n" : "\n");
        }
        await emit(`${indent}}`);
        return;
      }
    }
    await emit(whole(v, indent));
  };
  await write(value, "", 0);
  await emit("\n");
  if (pending) {
    if (!out.write(pending)) await once(out, "drain");
  }
}

/**
 * A value written as JSON ahead of time, as writeJson writes it at the given depth (0: the document, 1: its members,
 * 2: their items …); writeJson puts the text in its place as it is. A document's parts can so be written while the
 * rest of it is still being computed.
 */
export class JsonText {
  readonly text: string;
  constructor(value: unknown, depth: number) {
    // What writeJson writes piece by piece is what JSON.stringify writes whole.
    this.text = whole(value, "  ".repeat(depth));
  }
}

/** A value written whole, its lines after the first indented as its place in the document is. */
function whole(v: unknown, indent: string): string {
  return (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${indent}`);
}

/** Characters gathered before each write. */
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
