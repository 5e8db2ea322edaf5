import type { Db, Migration } from './migration';

/** Cadres, the two case types' shared case table and history, numbering, catalogs and the calendar. */
const migration: Migration = {
  version: 2,
  up(db: Db) {
    db.exec(`
      CREATE TABLE cadres (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        gender TEXT,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        post TEXT,
        rank TEXT,
        political_status TEXT,
        id_number TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX cadres_unit ON cadres(unit_id);
      CREATE INDEX cadres_name ON cadres(name);

      CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('fault-tolerance', 'clearance')),
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        unit_id INTEGER NOT NULL REFERENCES units(id),
        -- 谁核实谁澄清: the department that verified the report clears it (clearance cases).
        verifying_unit_id INTEGER REFERENCES units(id),
        status TEXT NOT NULL,
        step TEXT NOT NULL,
        opened_on TEXT NOT NULL,
        step_started_on TEXT NOT NULL,
        due_on TEXT,
        due_estimate INTEGER NOT NULL DEFAULT 0,
        outcome TEXT,
        catalog_version INTEGER,
        origin_office TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        closed_at TEXT,
        -- Last, so that filtering and sorting a list read only the row's head: a large step record
        -- spills into overflow pages, and on an encrypted file every page read is a decryption.
        data TEXT NOT NULL
      );
      CREATE INDEX cases_list ON cases(kind, status, year, unit_id);
      CREATE INDEX cases_due ON cases(kind, due_on);
      CREATE INDEX cases_updated ON cases(kind, updated_at);
      CREATE INDEX cases_cadre ON cases(cadre_id);

      CREATE TABLE case_events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases(id),
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_name TEXT NOT NULL,
        action TEXT NOT NULL,
        from_step TEXT,
        to_step TEXT,
        reason TEXT,
        data TEXT
      );
      CREATE INDEX case_events_case ON case_events(case_id, id);

      -- One row per situation a case invokes, so lists filter by situation in SQL.
      CREATE TABLE case_situations (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        situation TEXT NOT NULL,
        PRIMARY KEY (case_id, situation)
      ) WITHOUT ROWID;
      CREATE INDEX case_situations_situation ON case_situations(situation);

      -- Numbers are handed out once and never reused, even when a case is withdrawn.
      CREATE TABLE number_sequences (
        office_code TEXT NOT NULL,
        kind TEXT NOT NULL,
        year INTEGER NOT NULL,
        last INTEGER NOT NULL,
        PRIMARY KEY (office_code, kind, year)
      ) WITHOUT ROWID;

      -- Every edit of a catalog is a new version; rulings point at the version they applied.
      CREATE TABLE catalog_versions (
        catalog TEXT NOT NULL,
        version INTEGER NOT NULL,
        data TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT,
        PRIMARY KEY (catalog, version)
      ) WITHOUT ROWID;

      -- Years an administrator entered from the State Council's notice; they override shipped years.
      CREATE TABLE calendar_years (
        year INTEGER PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL
      );

      -- Quick search over case numbers and cadre names. CJK text is indexed as overlapping bigrams
      -- (trigram tokenizers cannot match the two-character words officers type); rowid = cases.id.
      CREATE VIRTUAL TABLE case_search USING fts5(tokens, content='', contentless_delete=1, tokenize='unicode61');
    `);
  },
};
export default migration;
