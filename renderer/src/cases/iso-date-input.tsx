import { DatePicker } from 'antd';
import dayjs from 'dayjs';
import { isIsoDate } from '../../../shared/calendar';

/**
 * A date field whose value is the 'YYYY-MM-DD' string the step data stores, so a form's values are
 * the data as main validates it, with no conversion on the way in or out.
 */
export function IsoDateInput({
  value,
  onChange,
  id,
  disabled,
  placeholder,
}: {
  value?: string;
  onChange?: (value: string | undefined) => void;
  id?: string;
  disabled?: boolean;
  placeholder?: string;
}) {
  return (
    <DatePicker
      id={id}
      disabled={disabled}
      placeholder={placeholder}
      format="YYYY-MM-DD"
      value={value && isIsoDate(value) ? dayjs(value) : null}
      onChange={(day) => onChange?.(day ? day.format('YYYY-MM-DD') : undefined)}
      style={{ width: 180 }}
    />
  );
}
