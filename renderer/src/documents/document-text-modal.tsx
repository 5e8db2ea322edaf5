import { useEffect, useState } from 'react';
import { Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';

type Issued = Output<'documents.get'>;

/** A document's text exactly as it was issued, read from what was stored with the case, not from today's template. */
export function DocumentTextModal({ id, onClose }: { id: number; onClose(): void }) {
  const { t } = useTranslation();
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    invoke('documents.get', { id }).then(
      (doc) => live && setIssued(doc),
      (caught: unknown) => live && setError(isApiError(caught) ? caught : ApiError.internal(currentLocale())),
    );
    return () => {
      live = false;
    };
  }, [id]);

  const r = issued?.rendered;
  return (
    <Modal open width={760} title={issued?.document.title ?? t('filesUi.documents.text')} onCancel={onClose} footer={null}>
      <ErrorAlert error={error} />
      {!r && !error && <Skeleton active paragraph={{ rows: 8 }} />}
      {r && (
        <article className="qz-document-text" data-testid="document-text">
          {r.letterhead && (
            <header className="qz-document-letterhead">
              <div className="qz-document-mark">{r.letterhead.mark}</div>
              <div className="qz-document-number">{r.letterhead.number}</div>
            </header>
          )}
          <h3 className="qz-document-title">{r.title}</h3>
          {r.recipient && <p className="qz-document-plain">{r.recipient}</p>}
          {r.paragraphs.map((p, i) => (
            <p key={i} className={`qz-document-${p.style}`}>
              {p.text}
            </p>
          ))}
          {r.tables.map((table, ti) => (
            <table key={ti} className="qz-document-table">
              <tbody>
                {table.rows.map((row, ri) => (
                  <tr key={ri}>
                    {row.cells.map((cell, ci) => (
                      <td key={ci} colSpan={cell.span} className={cell.label ? 'qz-document-label' : undefined}>
                        {cell.lines.map((line, li) => (
                          <div key={li}>{line}</div>
                        ))}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
          {r.notes.map((p, i) => (
            <p key={`n${i}`} className="qz-document-plain">
              {p.text}
            </p>
          ))}
          {r.signature && <p className="qz-document-right">{r.signature}</p>}
          {r.date && <p className="qz-document-right">{r.date}</p>}
          {r.copyTo && <p className="qz-document-plain qz-document-copyto">{r.copyTo}</p>}
        </article>
      )}
    </Modal>
  );
}
