/** A calendar day (month 1–12). */
export interface ReportDay {
  year: number;
  month: number;
  day: number;
}

/**
 * The place-and-date line of an official document: "Bến Tre, ngày 05 tháng 3 năm 2020". As the rules for
 * administrative documents write it (and as the seed plan does: "ngày 09 tháng 3"), days below 10 and the
 * months 1 and 2 get a leading zero. Without a date the numbers are left as dots to be filled by hand: a
 * pure function does not read the clock.
 *
 * @param date the day (a Date is read in local time)
 * @param place the place name; dots when absent
 * @returns the line
 * @example dateLine({ year: 2020, month: 1, day: 5 }, "Bến Tre") // "Bến Tre, ngày 05 tháng 01 năm 2020"
 */
export function dateLine(date?: Date | ReportDay, place?: string): string {
  const where = place && place.trim() !== "" ? place.trim() : "……………";
  if (!date) return `${where}, ngày …… tháng …… năm ………`;
  const d =
    date instanceof Date
      ? { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }
      : date;
  const day = String(d.day).padStart(2, "0");
  const month = d.month <= 2 ? String(d.month).padStart(2, "0") : String(d.month);
  return `${where}, ngày ${day} tháng ${month} năm ${d.year}`;
}
