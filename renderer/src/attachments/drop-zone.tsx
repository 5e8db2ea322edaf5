import { useState, type DragEvent, type ReactNode } from 'react';
import { InboxOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/**
 * Where files are dropped. Only the files' bytes are used (the window has no access to their paths);
 * the drop never navigates away, which the Electron window also forbids.
 */
export function DropZone({ onFiles, disabled, children }: { onFiles(files: File[]): void; disabled?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

  return (
    <div
      className={`qz-drop-zone${over ? ' qz-drop-zone--over' : ''}${disabled ? ' qz-drop-zone--disabled' : ''}`}
      data-testid="attachment-drop"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = disabled ? 'none' : 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = Array.from(e.dataTransfer.files);
        if (!disabled && files.length) onFiles(files);
      }}
    >
      <InboxOutlined className="qz-drop-zone-icon" />
      <span>{t('filesUi.attachments.drop')}</span>
      {children}
    </div>
  );
}
