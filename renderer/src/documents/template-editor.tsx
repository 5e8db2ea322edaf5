import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from 'react';
import { Alert, App, Button, Select, Skeleton, Space, Tag, Typography, type FormInstance } from 'antd';
import { EditOutlined, HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import {
  documentKind,
  validateTemplate,
  type DocumentKindKey,
  type DocumentTemplate,
  type TemplateIssue,
} from '../../../shared/documents';
import type { Output } from '../../../shared/ipc/contract';
import { invoke } from '../api';
import { ApiError, isApiError } from '../api-error';
import { ErrorAlert } from '../components/error-alert';
import { currentLocale } from '../i18n';
import { PlaceholderList } from './placeholder-list';
import { TemplateForm } from './template-form';
import { issuesAt, namePathOfId, templateFromForm, unplacedIssues } from './template-issues';

type Loaded = Output<'templates.get'>;

/** Every field path the form draws, so issues of other paths can be listed above it. */
function drawnPaths(t: DocumentTemplate, letter: boolean): Set<string> {
  const paths = new Set<string>(['title', 'recipient', 'signature', 'date', 'copyTo']);
  if (letter || t.letterhead) ['letterhead.mark', 'letterhead.number'].forEach((p) => paths.add(p));
  t.paragraphs.forEach((_, i) => paths.add(`paragraphs.${i}.text`).add(`paragraphs.${i}.style`));
  (t.notes ?? []).forEach((_, i) => paths.add(`notes.${i}.text`).add(`notes.${i}.style`));
  t.tables.forEach((table, ti) => table.rows.forEach((row, ri) => row.cells.forEach((_, ci) => paths.add(`tables.${ti}.rows.${ri}.cells.${ci}.text`))));
  return paths;
}

/**
 * A document template as an administrator edits it: title, letterhead, paragraphs and table texts
 * with placeholders for the case's values (listed beside the form; a click writes one at the
 * cursor), checked as typed with each issue on its field. Saving makes the next version; earlier
 * versions can be read, and taken as the starting point of a new one.
 */
export function TemplateEditor({ kind, onSaved }: { kind: DocumentKindKey; onSaved(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const formRef = useRef<FormInstance | null>(null);
  const locale = currentLocale();
  const def = documentKind(kind);
  const letter = def.layout === 'letter';
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [viewing, setViewing] = useState<Loaded | null>(null);
  const [base, setBase] = useState<{ template: DocumentTemplate; seed: number } | null>(null);
  const [issues, setIssues] = useState<TemplateIssue[]>([]);
  const [draft, setDraft] = useState<DocumentTemplate | null>(null);
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const lastField = useRef<HTMLInputElement | HTMLTextAreaElement | null>(null);

  const start = useCallback((template: DocumentTemplate, changed: boolean) => {
    setBase((b) => ({ template, seed: (b?.seed ?? 0) + 1 }));
    setDraft(template);
    setIssues(validateTemplate(template).issues);
    setDirty(changed);
    lastField.current = null;
  }, []);

  useEffect(() => {
    let live = true;
    setLoaded(null);
    setViewing(null);
    setError(null);
    invoke('templates.get', { kind }).then(
      (got) => {
        if (!live) return;
        setLoaded(got);
        start(got.template, false);
      },
      (caught: unknown) => live && setError(isApiError(caught) ? caught : ApiError.internal(currentLocale())),
    );
    return () => {
      live = false;
    };
  }, [kind, start]);

  const recheck = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const values = templateFromForm(form.getFieldsValue(true) as Record<string, unknown>);
    setDraft(values as DocumentTemplate);
    setIssues(validateTemplate(values).issues);
    setDirty(true);
  }, []);

  const onFocus = (e: FocusEvent<HTMLElement>) => {
    const el = e.target;
    if ((el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) && el.id && el.dataset.placeholders === 'yes') lastField.current = el;
  };

  const insert = (token: string) => {
    const el = lastField.current;
    const form = formRef.current;
    if (!el || !el.isConnected || !form) {
      void message.info(t('filesUi.templates.pickField'));
      return;
    }
    const name = namePathOfId(el.id);
    const current = String(form.getFieldValue(name) ?? '');
    const from = el.selectionStart ?? current.length;
    const to = el.selectionEnd ?? from;
    form.setFieldValue(name, current.slice(0, from) + token + current.slice(to));
    recheck();
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(from + token.length, from + token.length);
    });
  };

  const viewVersion = async (version: number) => {
    if (!loaded) return;
    if (version === loaded.version) {
      setViewing(null);
      return;
    }
    try {
      setViewing(await invoke('templates.get', { kind, version }));
    } catch (caught) {
      setError(isApiError(caught) ? caught : ApiError.internal(currentLocale()));
    }
  };

  const save = async () => {
    const form = formRef.current;
    if (!form) return;
    const values = templateFromForm(form.getFieldsValue(true) as Record<string, unknown>);
    const checked = validateTemplate(values);
    setIssues(checked.issues);
    if (!checked.valid) return;
    setSaving(true);
    setError(null);
    try {
      const saved = await invoke('templates.update', { kind, template: checked.template });
      setLoaded(saved);
      start(saved.template, false);
      void message.success(t('filesUi.templates.saved', { version: saved.version }));
      onSaved();
    } catch (caught) {
      const apiError = isApiError(caught) ? caught : ApiError.internal(currentLocale());
      if (apiError.code !== 'LOCKED') setError(apiError);
    } finally {
      setSaving(false);
    }
  };

  const shownPaths = useMemo(() => (draft ? drawnPaths(draft, letter) : new Set<string>()), [draft, letter]);
  if (!loaded || !base) return error ? <ErrorAlert error={error} /> : <Skeleton active paragraph={{ rows: 12 }} />;

  const readOnly = viewing !== null;
  const shown = viewing?.template ?? base.template;
  const fieldIssues = (path: string) => (readOnly ? [] : issuesAt(issues, path, locale));
  const status = (path: string) => {
    const found = fieldIssues(path);
    return found.length ? { validateStatus: 'error' as const, help: found.join(' ') } : {};
  };
  const others = readOnly ? [] : unplacedIssues(issues, shownPaths);
  const versionLabel = (v: Loaded['versions'][number]) =>
    v.createdAt
      ? t('filesUi.templates.versionAt', { version: v.version, at: dayjs(v.createdAt).format('YYYY-MM-DD HH:mm') })
      : t('filesUi.templates.versionShipped', { version: v.version });

  return (
    <div className="qz-template-editor" data-testid="template-editor" data-kind={kind}>
      <Space className="qz-template-toolbar" wrap>
        <Typography.Title level={5} className="qz-template-name">
          {t(`documents.kinds.${kind}`)}
        </Typography.Title>
        <Tag>{t(`documents.layouts.${def.layout}`)}</Tag>
        <HistoryOutlined />
        <Select
          aria-label={t('filesUi.templates.versions')}
          value={viewing?.version ?? loaded.version}
          onChange={(v: number) => void viewVersion(v)}
          options={[...loaded.versions].reverse().map((v) => ({
            value: v.version,
            label: v.version === loaded.version ? `${versionLabel(v)} ${t('filesUi.templates.current')}` : versionLabel(v),
          }))}
          style={{ minWidth: 260 }}
        />
        {readOnly ? (
          <Button icon={<EditOutlined />} onClick={() => (setViewing(null), start(shown, true))}>
            {t('filesUi.templates.startFrom', { version: viewing.version })}
          </Button>
        ) : (
          <Button type="primary" icon={<SaveOutlined />} onClick={() => void save()} loading={saving} disabled={!dirty || issues.length > 0} data-testid="template-save">
            {t('filesUi.templates.save', { version: loaded.version + 1 })}
          </Button>
        )}
        {!readOnly && dirty && <Tag color="gold">{t('filesUi.templates.unsaved')}</Tag>}
      </Space>
      {readOnly && <Alert type="info" showIcon className="qz-form-alert" title={t('filesUi.templates.readingOld', { version: viewing.version })} />}
      {others.length > 0 && (
        <Alert
          type="error"
          showIcon
          className="qz-form-alert"
          title={t('filesUi.templates.issues', { count: issues.length })}
          description={
            <ul className="qz-template-issues">
              {others.map((i, n) => (
                <li key={n}>{i.message[locale]}</li>
              ))}
            </ul>
          }
        />
      )}
      <ErrorAlert error={error} onClose={() => setError(null)} />
      <div className={readOnly ? 'qz-template-body qz-template-body--read' : 'qz-template-body'}>
          <div onFocus={onFocus}>
            <TemplateForm
              key={readOnly ? `v${viewing.version}` : `e${base.seed}`}
              template={shown}
              layout={def.layout}
              readOnly={readOnly}
              status={status}
              formRef={formRef}
              onChange={recheck}
            />
          </div>
        {!readOnly && <PlaceholderList caseType={def.caseType} onPick={insert} />}
      </div>
    </div>
  );
}
