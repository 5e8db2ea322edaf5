import type { Db, Migration } from './migration';

const migration: Migration = {
  version: 1,
  up(db: Db) {
    db.exec(`
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

      CREATE TABLE units (
        id INTEGER PRIMARY KEY,
        parent_id INTEGER REFERENCES units(id),
        name TEXT NOT NULL,
        created_at TEXT NOT NULL
      );

      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        unit_id INTEGER NOT NULL REFERENCES units(id),
        roles TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );

      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor_id TEXT,
        actor_name TEXT,
        action TEXT NOT NULL,
        record_type TEXT,
        record_id TEXT,
        result TEXT NOT NULL CHECK (result IN ('ok','refused')),
        detail TEXT,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL
      );

      -- The log is evidence: no code path in the app may rewrite or remove an entry.
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- The head anchor is what reveals a truncated tail, so it may only move forward.
      CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON settings WHEN old.key = 'audit.head'
      BEGIN SELECT RAISE(ABORT, 'audit.head may not be removed'); END;
      -- An unreadable old value is let through, so that damage to the anchor cannot stop all work;
      -- verifyAudit reports it.
      CREATE TRIGGER audit_head_forward_only BEFORE UPDATE ON settings WHEN old.key = 'audit.head'
        AND json_valid(old.value)
        AND (new.key IS NOT 'audit.head'
             OR json_extract(new.value, '$.seq') IS NULL
             OR json_extract(new.value, '$.seq') <= json_extract(old.value, '$.seq'))
      BEGIN SELECT RAISE(ABORT, 'audit.head may only move forward'); END;
    `);
  },
};
export default migration;
