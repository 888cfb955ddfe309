/**
 * What a person sets for a yearly report, shared by every face: the command's flags and the task pane's fields.
 * Each is optional; what is left out prints as dots to fill in by hand, or is omitted.
 */
export interface ReportSettings {
  /** The parent body over the issuer, e.g. "TỔNG LĐLĐ VIỆT NAM". */
  parentBody?: string;
  /** The issuing body, e.g. "LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE". */
  issuer?: string;
  /** The symbol after "Số: …/", e.g. "BC-LĐLĐ" (from the issuer when it is a Liên đoàn Lao động). */
  symbol?: string;
  /** Place of the date line, e.g. "Bến Tre". */
  place?: string;
  /** Name printed under "TM. BAN THƯỜNG VỤ / CHỦ TỊCH". */
  signer?: string;
  /** Name printed under "NGƯỜI LẬP BIỂU". */
  preparer?: string;
  /** The "Nơi nhận" list; by default the parent body (to report to) and the office's own copy. */
  recipients?: string[];
  /** Date of the report (today when absent). */
  date?: Date;
}

/** The default "Nơi nhận": the parent body to report to, and the copy kept by the office. */
export function defaultRecipients(parentBody: string | undefined): string[] {
  const out: string[] = [];
  if (parentBody && parentBody.trim()) out.push(`${parentBody.trim()} (để báo cáo);`);
  out.push("Lưu: VT, Ban Tổ chức.");
  return out;
}
