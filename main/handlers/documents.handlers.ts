import { flow, tx, type Handlers } from '../handler';
import {
  checkTemplate,
  currentTemplateVersion,
  documentKindsForCase,
  documentSettings,
  generateDocument,
  getIssuedDocument,
  listDocuments,
  saveDocument,
  saveTemplate,
  templateVersion,
  templateVersions,
  updateDocumentSettings,
} from '../documents';
import { isoNow } from '../exports';
import { DOCUMENT_KINDS, type DocumentKindKey } from '../../shared/documents';
import type { TxContext } from '../handler';

function templateOutput(ctx: TxContext, kind: DocumentKindKey, version?: number) {
  const versions = templateVersions(ctx.db, kind);
  const v = version ?? currentTemplateVersion(ctx.db, kind);
  return { kind, version: v, template: templateVersion(ctx.db, kind, v), versions };
}

export const documentsHandlers = {
  'documents.kinds': tx<'documents.kinds'>((ctx, input) => documentKindsForCase(ctx, input.caseId)),
  'documents.generate': flow<'documents.generate'>(generateDocument),
  'documents.list': tx<'documents.list'>((ctx, input) => listDocuments(ctx, input.caseId)),
  'documents.get': tx<'documents.get'>((ctx, input) => getIssuedDocument(ctx, input.id)),
  'documents.save': flow<'documents.save'>(saveDocument),
  'templates.list': tx<'templates.list'>((ctx) => ({
    rows: DOCUMENT_KINDS.map((k) => {
      const latest = templateVersions(ctx.db, k.key).at(-1)!;
      return { kind: k.key, step: k.step, layout: k.layout, numbered: k.numbered, version: latest.version, updatedAt: latest.createdAt, updatedBy: latest.createdBy };
    }),
  })),
  'templates.get': tx<'templates.get'>((ctx, input) => templateOutput(ctx, input.kind, input.version)),
  'templates.update': tx<'templates.update'>((ctx, input) => {
    const template = checkTemplate(input.kind, input.template);
    const version = saveTemplate(ctx.db, template, ctx.session.userId, isoNow(ctx));
    ctx.record('template', `${input.kind}@${version}`, { kind: input.kind, version });
    return templateOutput(ctx, input.kind, version);
  }),
  'docSettings.get': tx<'docSettings.get'>((ctx) => documentSettings(ctx.db)),
  'docSettings.update': tx<'docSettings.update'>((ctx, input) => {
    const saved = updateDocumentSettings(ctx.db, input);
    ctx.record('settings', 'documents', input);
    return saved;
  }),
} satisfies Partial<Handlers>;
