import { WorkbookError } from "../port";
import type { ZipEntry } from "../zipDirectory";
import type { ReadLimits } from "./readLimits";

/**
 * The bytes one file really gives when inflated (or read, for parts stored as they are), counted as they come out,
 * across every part and every read of the same part. The zip directory's sizes were checked before anything was
 * inflated (sniffWorkbook), but they can lie; here a part is stopped as soon as it gives more than it declared,
 * more than the ratio a real sheet can reach, or the file more than its total.
 */
export class ByteBudget {
  private left: number;

  constructor(
    private readonly limits: Pick<
      ReadLimits,
      "maxUncompressedBytes" | "maxCompressionRatio" | "ratioCheckMinBytes"
    >,
  ) {
    this.left = limits.maxUncompressedBytes;
  }

  /** Bytes the file may still give. */
  get remaining(): number {
    return this.left;
  }

  /** A meter for one read of one part: give it the size of each piece as it comes; it throws at the first limit. */
  meter(entry: ZipEntry): (bytes: number) => void {
    let produced = 0;
    const ratioCap = Math.max(entry.compressedSize, 1) * this.limits.maxCompressionRatio;
    return (bytes) => {
      produced += bytes;
      this.left -= bytes;
      if (produced > entry.uncompressedSize)
        throw bomb(`${entry.name}: more than the ${entry.uncompressedSize} bytes its directory declares`);
      if (produced >= this.limits.ratioCheckMinBytes && produced > ratioCap)
        throw bomb(`${entry.name}: over ${this.limits.maxCompressionRatio} times its compressed size`);
      if (this.left < 0) throw bomb(`inflates past ${this.limits.maxUncompressedBytes} bytes`);
    };
  }
}

function bomb(detail: string): WorkbookError {
  return new WorkbookError("zip-bomb", detail);
}
