import type { IsoDate } from '../shared/calendar';

/** Officers' dates are Beijing dates, whatever the machine's own time zone is set to. */
const BEIJING = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function beijingDate(ms: number): IsoDate {
  return BEIJING.format(new Date(ms));
}
