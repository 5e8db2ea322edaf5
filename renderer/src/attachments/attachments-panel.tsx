import { useCallback, useMemo, useState } from 'react';
import { Button, Card, Progress, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { CloseOutlined, DeleteOutlined, EyeOutlined, PaperClipOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AttachmentInfo } from '../../../shared/ipc/attachments.contract';
import { invoke } from '../api';
import { isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { formatBytes } from '../backup';
import { useHostPath, useSaveCopy } from '../exports';
import { AttachmentViewer } from './attachment-viewer';
import { DropZone } from './drop-zone';
import { RemoveAttachmentModal } from './remove-attachment-modal';
import { ShortHash } from './short-hash';
import { useAttachments } from './use-attachments';
import { useUploadQueue } from './upload-queue';

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** The extension a copy keeps, so the save dialog offers the right type. */
const extensionOf = (name: string) => (name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '');

/**
 * The evidence (证据材料) of one step of a case: added from files the officer picks or drops, listed
 * with who added it, when and its SHA-256; images and PDFs viewed in the app; a copy saved only on
 * request; removal only with a reason, leaving the entry struck through with who, when and why.
 */
export interface AttachmentsPanelProps {
  caseId: number;
  step: string;
  /** Evidence added or removed: the case's history has a new line. */
  onChange?: () => void;
}

export function AttachmentsPanel({ caseId, step, onChange }: AttachmentsPanelProps) {
  const { t } = useTranslation();
  const { rows, loading, error, setError, upsert: put } = useAttachments(caseId);
  const upsert = useCallback(
    (row: AttachmentInfo) => {
      put(row);
      onChange?.();
    },
    [put, onChange],
  );
  const [adding, setAdding] = useState(false);
  const [viewing, setViewing] = useState<AttachmentInfo | null>(null);
  const [removing, setRemoving] = useState<AttachmentInfo | null>(null);
  const source = useHostPath('open', 'pdf', adding);
  const copy = useSaveCopy();
  const target = useMemo(() => ({ caseId, step }), [caseId, step]);
  const uploads = useUploadQueue(target, upsert);
  const shown = rows.filter((r) => r.step === step);

  const addFromDisk = useCallback(async () => {
    setAdding(true);
    setError(null);
    try {
      const result = await source.run((path) => invoke('attachments.add', { caseId, step, ...(path ? { paths: [path] } : {}) }));
      result?.added.forEach(upsert);
    } catch (caught) {
      if (isApiError(caught) && caught.code !== 'LOCKED') setError(caught);
    } finally {
      setAdding(false);
    }
  }, [source, caseId, step, upsert, setError]);

  const saveCopy = (row: AttachmentInfo) =>
    copy.save({
      name: row.name,
      extension: extensionOf(row.name),
      write: (path) => invoke('attachments.save', { id: row.id, ...(path ? { path } : {}) }),
    });

  return (
    <Card
      size="small"
      className="qz-case-card qz-attachments"
      data-testid="attachments-panel"
      data-step={step}
      title={
        <Space>
          <PaperClipOutlined />
          <span>{t('filesUi.attachments.title')}</span>
          <Typography.Text type="secondary">{t('filesUi.attachments.count', { count: shown.filter((r) => !r.removed).length })}</Typography.Text>
        </Space>
      }
      extra={
        <Button size="small" icon={<PaperClipOutlined />} onClick={() => void addFromDisk()} loading={adding} data-testid="attachment-add">
          {t('filesUi.attachments.add')}
        </Button>
      }
    >
      {source.field}
      <DropZone onFiles={uploads.add} />
      {uploads.items.length > 0 && (
        <ul className="qz-uploads">
          {uploads.items.map((item) => (
            <li key={item.key} className="qz-upload-item" data-testid="upload-item">
              <div className="qz-upload-body">
                <Typography.Text ellipsis>{item.name}</Typography.Text>
                {item.state === 'failed' ? (
                  <Typography.Text type="danger" role="alert">
                    {item.error?.message}
                  </Typography.Text>
                ) : (
                  <Progress
                    size="small"
                    percent={item.total > 0 ? Math.floor((item.sent / item.total) * 100) : 0}
                    status="active"
                    format={() => t('filesUi.jobs.count', { done: formatBytes(item.sent), total: formatBytes(item.total) })}
                  />
                )}
              </div>
              <Button
                size="small"
                type="text"
                icon={<CloseOutlined />}
                aria-label={t(item.state === 'failed' ? 'filesUi.attachments.dismiss' : 'filesUi.attachments.stop')}
                onClick={() => uploads.stop(item.key)}
              />
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <Table<AttachmentInfo>
        size="small"
        rowKey="id"
        className="qz-attachment-table"
        loading={loading}
        dataSource={shown}
        pagination={false}
        scroll={{ x: 620 }}
        locale={{ emptyText: t('filesUi.attachments.empty') }}
        rowClassName={(row) => (row.removed ? 'qz-attachment-removed' : '')}
        onRow={(row) => ({ 'data-attachment': row.name }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          {
            key: 'name',
            title: t('filesUi.attachments.name'),
            render: (_: unknown, row) => (
              <div>
                <span className="qz-attachment-name">{row.name}</span>
                {row.removed && (
                  <div className="qz-tombstone" data-testid="tombstone">
                    <Tag color="default">{t(row.purgedAt ? 'filesUi.attachments.purged' : 'filesUi.attachments.removed')}</Tag>
                    <Typography.Text type="secondary">
                      {t('filesUi.attachments.removedBy', { name: row.removed.byName, at: when(row.removed.at), reason: row.removed.reason })}
                    </Typography.Text>
                  </div>
                )}
              </div>
            ),
          },
          { key: 'size', title: t('filesUi.attachments.size'), width: 80, render: (_: unknown, row) => formatBytes(row.size) },
          {
            key: 'added',
            title: t('filesUi.attachments.added'),
            width: 130,
            render: (_: unknown, row) => (
              <Tooltip title={dayjs(row.addedAt).format('YYYY-MM-DD HH:mm:ss')}>
                <div className="qz-attachment-added">
                  <div>{row.addedByName}</div>
                  <Typography.Text type="secondary">{when(row.addedAt)}</Typography.Text>
                </div>
              </Tooltip>
            ),
          },
          { key: 'sha', title: t('filesUi.common.sha256'), width: 140, render: (_: unknown, row) => <ShortHash sha256={row.sha256} /> },
          {
            key: 'actions',
            title: t('filesUi.common.actions'),
            width: 108,
            render: (_: unknown, row) => (
              <Space size={0}>
                {row.viewable && !row.purgedAt && (
                  <Tooltip title={t('filesUi.attachments.view')}>
                    <Button size="small" type="text" icon={<EyeOutlined />} aria-label={t('filesUi.attachments.view')} onClick={() => setViewing(row)} />
                  </Tooltip>
                )}
                {!row.purgedAt && (
                  <Tooltip title={t('filesUi.save.button')}>
                    <Button size="small" type="text" icon={<SaveOutlined />} aria-label={t('filesUi.save.button')} onClick={() => void saveCopy(row)} />
                  </Tooltip>
                )}
                {!row.removed && (
                  <Tooltip title={t('filesUi.attachments.remove')}>
                    <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('filesUi.attachments.remove')} onClick={() => setRemoving(row)} />
                  </Tooltip>
                )}
              </Space>
            ),
          },
        ]}
      />
      {viewing && <AttachmentViewer attachment={viewing} onClose={() => setViewing(null)} />}
      {removing && (
        <RemoveAttachmentModal
          attachment={removing}
          onClose={() => setRemoving(null)}
          onRemoved={(row) => {
            upsert(row);
            setRemoving(null);
          }}
        />
      )}
      {copy.element}
    </Card>
  );
}
