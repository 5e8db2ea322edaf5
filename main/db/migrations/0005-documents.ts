import type { Db, Migration } from './migration';

/**
 * Bytes kept with a case (evidence and issued documents), the templates documents are made from,
 * and the registers of document numbers.
 */
const migration: Migration = {
  version: 5,
  up(db: Db) {
    db.exec(`
      -- File contents live in the database, in chunks, so the page-by-page encryption covers them and
      -- they travel with every backup. 'staged': an upload or import still arriving, not yet case data;
      -- 'purged': the bytes were removed on request, the size and hash stay as the record of them.
      CREATE TABLE blobs (
        id INTEGER PRIMARY KEY,
        state TEXT NOT NULL CHECK (state IN ('staged', 'stored', 'purged')),
        size INTEGER,
        sha256 TEXT,
        created_at TEXT NOT NULL,
        purged_at TEXT
      );
      CREATE INDEX blobs_staged ON blobs(state, created_at);

      CREATE TABLE blob_chunks (
        blob_id INTEGER NOT NULL REFERENCES blobs(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        offset INTEGER NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (blob_id, seq)
      );

      -- 证据材料. Never deleted: removal leaves a tombstone (who, when, why) and keeps name, size and hash.
      CREATE TABLE attachments (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        step TEXT NOT NULL,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        blob_id INTEGER REFERENCES blobs(id),
        added_by TEXT NOT NULL,
        added_by_name TEXT NOT NULL,
        added_at TEXT NOT NULL,
        removed_by TEXT,
        removed_by_name TEXT,
        removed_at TEXT,
        removed_reason TEXT,
        purged_at TEXT
      );
      CREATE INDEX attachments_case ON attachments(case_id, id);
      CREATE TRIGGER attachments_no_delete BEFORE DELETE ON attachments
      BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
      CREATE TRIGGER attachments_record_fixed BEFORE UPDATE OF case_id, step, name, mime, size, sha256, added_by, added_at ON attachments
      BEGIN SELECT RAISE(ABORT, 'an attachment''s intake record is fixed'); END;

      -- Every edit of a template is a new version; version 1 is the shipped default until edited.
      CREATE TABLE document_templates (
        kind TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        PRIMARY KEY (kind, version)
      ) WITHOUT ROWID;

      -- Issued documents: the rendered text and the DOCX exactly as they went out, with the template
      -- version and number they were made with. Never deleted or rewritten; a corrected document
      -- supersedes the earlier one and keeps its number.
      CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        kind TEXT NOT NULL,
        step TEXT NOT NULL,
        template_version INTEGER NOT NULL,
        number TEXT,
        number_mark TEXT,
        number_year INTEGER,
        number_seq INTEGER,
        title TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        rendered TEXT NOT NULL,
        supplied TEXT,
        blob_id INTEGER NOT NULL REFERENCES blobs(id),
        size INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        replaces_id INTEGER REFERENCES documents(id),
        superseded_by INTEGER REFERENCES documents(id),
        generated_by TEXT NOT NULL,
        generated_by_name TEXT NOT NULL,
        generated_at TEXT NOT NULL,
        origin_office TEXT
      );
      CREATE INDEX documents_case ON documents(case_id, id);
      -- A number string is issued once; only a correction of the same document carries it again.
      CREATE UNIQUE INDEX documents_number ON documents(number_mark, number_year, number_seq)
        WHERE number_seq IS NOT NULL AND replaces_id IS NULL;
      CREATE TRIGGER documents_no_delete BEFORE DELETE ON documents
      BEGIN SELECT RAISE(ABORT, 'issued documents are never deleted'); END;
      CREATE TRIGGER documents_fixed BEFORE UPDATE OF case_id, kind, template_version, number, title, issued_on, rendered, blob_id, sha256 ON documents
      BEGIN SELECT RAISE(ABORT, 'an issued document is fixed'); END;

      -- 发文字号 registers, one per 机关代字 and year: handed out once, never reused.
      CREATE TABLE document_number_sequences (
        mark TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (mark, year)
      ) WITHOUT ROWID;
    `);
  },
};
export default migration;
