import type { PartialDate } from "../cadre";

/**
 * A calendar day from an Excel serial number (1900 date system). Serial 60 is Excel's fake 29/02/1900:
 * no such day exists, so it gives undefined, as do serials outside 1900–2100.
 *
 * @example fromExcelSerial(29301) // { year: 1980, month: 3, day: 21 }
 */
export function fromExcelSerial(serial: number): PartialDate | undefined {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60 || whole > 73050) return undefined;
  // Excel counts 1900 as a leap year: from serial 61 on, day 0 is 30/12/1899.
  const epoch = whole > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(epoch + whole * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** True when day/month/year is a real calendar day. */
export function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
