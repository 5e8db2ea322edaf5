import type { Db, Migration } from './migration';

/**
 * Separation of duties and retention: each account's data scope and whether its password is one an
 * administrator typed; the audit trail's archive anchor, before which archived entries may leave
 * the live table — and only those.
 */
const migration: Migration = {
  version: 4,
  up(db: Db) {
    db.exec(`
      -- 'subtree' is what every account could see before scopes existed.
      ALTER TABLE users ADD COLUMN data_scope TEXT NOT NULL DEFAULT 'subtree'
        CHECK (data_scope IN ('unit', 'subtree', 'office'));
      ALTER TABLE users ADD COLUMN password_temporary INTEGER NOT NULL DEFAULT 0
        CHECK (password_temporary IN (0, 1));

      -- Entries at or before the archive anchor have been written to an archive file, whose hash the
      -- anchor and the trail both hold; every other entry stays append-only.
      DROP TRIGGER audit_log_no_delete;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        WHEN old.seq > coalesce((SELECT json_extract(value, '$.seq') FROM settings
                                 WHERE key = 'audit.archived' AND json_valid(value)), 0)
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;

      -- The anchor is where verification starts, so like the head it may only move forward.
      CREATE TRIGGER audit_archived_no_delete BEFORE DELETE ON settings WHEN old.key = 'audit.archived'
      BEGIN SELECT RAISE(ABORT, 'audit.archived may not be removed'); END;
      CREATE TRIGGER audit_archived_forward_only BEFORE UPDATE ON settings WHEN old.key = 'audit.archived'
        AND json_valid(old.value)
        AND (new.key IS NOT 'audit.archived'
             OR json_extract(new.value, '$.seq') IS NULL
             OR json_extract(new.value, '$.seq') <= json_extract(old.value, '$.seq'))
      BEGIN SELECT RAISE(ABORT, 'audit.archived may only move forward'); END;
    `);
  },
};
export default migration;
