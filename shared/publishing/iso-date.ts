/**
 * The one rule for a date that is published: an ISO 8601 calendar date or date-time in extended
 * form, or nothing. Upload headers and JSON exports carry whatever a CMS wrote ("March 24", "now",
 * markup), and `datePublished` goes into ClaimReview JSON-LD that publishers paste into their
 * pages, so a value is either recognised and normalised here or dropped.
 *
 * - `2022-03-24` stays as it is;
 * - a date-time with a zone (`Z`, `+01:00`, `+0100`) becomes the same instant in UTC,
 *   `2022-03-24T09:30:00Z` (milliseconds kept only when there are some);
 * - a date-time without a zone keeps only its date: it names no instant, but its day is what the
 *   writer meant;
 * - anything else, an impossible day (`2022-02-30`) included, is undefined.
 *
 * It lives with publishing because the JSON-LD is what it guards; the document readers use it too.
 */
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))?)?$/;

/** Years a news article can carry; outside them a "date" is a typo or a number read as one. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

export function isoDateOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const m = ISO_8601.exec(value.trim());
  if (!m) return undefined;
  const [, year, month, day, hour, minute, second = '00', fraction, zulu, sign, offsetHours, offsetMinutes] = m;
  if (!isCalendarDay(Number(year), Number(month), Number(day))) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return date;
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return undefined;
  if (!zulu && !sign) return date;
  if (sign && (Number(offsetHours) > 23 || Number(offsetMinutes) > 59)) return undefined;
  const millis = (fraction ?? '').padEnd(3, '0').slice(0, 3);
  const zone = zulu ? 'Z' : `${sign}${offsetHours}:${offsetMinutes}`;
  const instant = new Date(`${date}T${hour}:${minute}:${second}.${millis}${zone}`);
  if (Number.isNaN(instant.getTime())) return undefined;
  return instant.toISOString().replace(/\.000Z$/, 'Z');
}

/** The day part of an ISO date or date-time (`2022-03-24`), or undefined when it is none. */
export function isoDayOf(value: string | undefined): string | undefined {
  return isoDateOf(value)?.slice(0, 10);
}

function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12 || day < 1) return false;
  // the day after the last of the month is day 0 of the next: Date.UTC knows leap years
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}
