import { DatePicker, Input, InputNumber, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlaceholderType } from '../../../shared/documents';

type Value = string | number | string[] | undefined;

export interface SuppliedValueInputProps {
  id?: string;
  type: PlaceholderType;
  value?: Value;
  onChange?: (value: Value) => void;
}

/** One value the case data lacks, typed as the document needs it: an ISO date, a number, a list, or text. */
export function SuppliedValueInput({ id, type, value, onChange }: SuppliedValueInputProps) {
  const { t } = useTranslation();
  if (type === 'date') {
    return (
      <DatePicker
        id={id}
        format="YYYY-MM-DD"
        value={typeof value === 'string' && dayjs(value).isValid() ? dayjs(value) : null}
        onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : undefined)}
        style={{ width: 180 }}
      />
    );
  }
  if (type === 'number') {
    return <InputNumber id={id} value={typeof value === 'number' ? value : undefined} onChange={(n) => onChange?.(n ?? undefined)} style={{ width: 180 }} />;
  }
  if (type === 'list') {
    return (
      <Select
        id={id}
        mode="tags"
        open={false}
        value={Array.isArray(value) ? value : []}
        onChange={(v: string[]) => onChange?.(v)}
        tokenSeparators={['\n', '、']}
        placeholder={t('filesUi.documents.listHint')}
        suffixIcon={null}
      />
    );
  }
  return <Input.TextArea id={id} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={20_000} value={typeof value === 'string' ? value : ''} onChange={(e) => onChange?.(e.target.value)} />;
}
