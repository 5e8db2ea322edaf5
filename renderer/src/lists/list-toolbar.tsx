import type { ReactNode } from 'react';
import { Button, Input, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

export interface ListToolbarProps {
  /** Also the placeholder: the box has no visible label of its own. */
  searchLabel: string;
  search: string;
  onSearchChange: (text: string) => void;
  /** Called with the trimmed text, or undefined when it is empty, so an empty box means no filter. */
  onSearch: (q: string | undefined) => void;
  searchWidth: number;
  loading: boolean;
  onRefresh: () => void;
  leading?: ReactNode;
  trailing?: ReactNode;
}

/** The row above a paged list: the caller's buttons, the quick search and refresh. */
export function ListToolbar({ searchLabel, search, onSearchChange, onSearch, searchWidth, loading, onRefresh, leading, trailing }: ListToolbarProps) {
  const { t } = useTranslation();
  return (
    <div className="qz-case-toolbar">
      <Space wrap>
        {leading}
        <Input.Search
          aria-label={searchLabel}
          placeholder={searchLabel}
          allowClear
          value={search}
          onChange={(e) => onSearchChange(e.target.value)}
          onSearch={(value) => onSearch(value.trim() || undefined)}
          style={{ width: searchWidth }}
          maxLength={50}
        />
        <Button icon={<ReloadOutlined />} onClick={onRefresh} loading={loading}>
          {t('cases.list.refresh')}
        </Button>
        {trailing}
      </Space>
    </div>
  );
}
