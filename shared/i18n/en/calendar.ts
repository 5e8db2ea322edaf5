import type { Catalog } from '..';
import type zh from '../zh-CN/calendar';

const calendar: Catalog<typeof zh> = {
  dayKinds: {
    weekday: 'Working day',
    weekend: 'Weekend',
    holiday: 'Public holiday',
    'makeup-workday': 'Make-up working day',
  },
  deadlineStatus: {
    overdue: 'Overdue',
    'due-soon': 'Due soon',
    ok: 'Not yet due',
  },
  estimate: 'Estimated',
  estimateHint: 'The {{year}} holiday arrangements have not been entered, so this deadline assumes ordinary weekends and may move once they are published.',
  problems: {
    malformed: '“{{field}}” is not in the right form.',
    badYear: 'The year must be a whole number from {{min}} to {{maxYear}}.',
    badDate: '“{{field}}” is not a valid date; write it as year-month-day, e.g. 2027-01-01.',
    badName: 'A holiday name is required, at most {{max}} characters.',
    badSource: 'Give the notice the dates come from (title, number or address, and the arrangement text), at most {{sourceMax}} characters.',
    dateOutsideYear: '{{date}} is outside the {{year}} arrangements: only dates in {{year}}, or in the December before it for the New Year break, are allowed.',
    duplicateDate: '{{date}} is entered twice.',
    holidayAndWorkday: '{{date}} cannot be both a holiday and a make-up working day.',
    holidayOnWeekend: '{{date}} is a weekend day and already a rest day; list only holidays falling Monday to Friday.',
    workdayOnWeekday: '{{date}} falls Monday to Friday and is already a working day; a make-up working day is always a Saturday or Sunday.',
    noHolidays: 'No holidays were entered for {{year}}; enter them from the State Council notice.',
  },
  holidayNames: {
    元旦: "New Year's Day",
    春节: 'Spring Festival',
    清明: 'Qingming Festival',
    劳动节: 'Labour Day',
    端午: 'Dragon Boat Festival',
    中秋: 'Mid-Autumn Festival',
    国庆节: 'National Day',
    中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日: '70th Anniversary of Victory in the War of Resistance against Japan',
  },
};
export default calendar;
