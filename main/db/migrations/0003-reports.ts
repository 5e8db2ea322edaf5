import type { Db, Migration } from './migration';

/**
 * Reports (检举控告) as records of their own, the points a clearance case was opened for, and the
 * referrals of malicious accusers (诬告陷害). Enumerations are checked here as well as in the
 * contract: the database is the last line, and a bad value written by a bug must fail loudly.
 */
const migration: Migration = {
  version: 3,
  up(db: Db) {
    db.exec(`
      CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        -- The unit that registered the report: with the verifying unit, who may see it.
        unit_id INTEGER NOT NULL REFERENCES units(id),
        received_via TEXT NOT NULL CHECK (received_via IN ('letter', 'visit', 'phone', 'online', 'referred')),
        received_on TEXT NOT NULL,
        anonymous INTEGER NOT NULL CHECK (anonymous IN (0, 1)),
        -- The reporter's identity: shown only to roles that need it (see reporter-visibility.ts).
        reporter_name TEXT,
        reporter_contact TEXT,
        reporter_workplace TEXT,
        allegations TEXT NOT NULL,
        -- 谁核实谁澄清: the department that verifies the report clears the cadres it names.
        verifying_unit_id INTEGER REFERENCES units(id),
        concluded_on TEXT,
        conclusion TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (anonymous = 1 OR reporter_name IS NOT NULL)
      );
      CREATE INDEX reports_unit ON reports(unit_id, received_on);
      CREATE INDEX reports_verifying_unit ON reports(verifying_unit_id);

      -- One report can name several cadres, and one cadre be named in several reports.
      CREATE TABLE report_cadres (
        report_id INTEGER NOT NULL REFERENCES reports(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        PRIMARY KEY (report_id, cadre_id)
      ) WITHOUT ROWID;
      CREATE INDEX report_cadres_cadre ON report_cadres(cadre_id);

      CREATE TABLE report_points (
        id INTEGER PRIMARY KEY,
        report_id INTEGER NOT NULL REFERENCES reports(id),
        no INTEGER NOT NULL,
        summary TEXT NOT NULL,
        finding TEXT CHECK (finding IN ('untrue', 'true', 'partlyTrue', 'unproven')),
        note TEXT,
        UNIQUE (report_id, no)
      );

      -- The cadres a point is about, when it is not about every cadre the report names.
      CREATE TABLE report_point_cadres (
        point_id INTEGER NOT NULL REFERENCES report_points(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        PRIMARY KEY (point_id, cadre_id)
      ) WITHOUT ROWID;

      -- A clearance case, the report it was opened from and the points it clears for its cadre.
      CREATE TABLE clearance_points (
        case_id INTEGER NOT NULL REFERENCES cases(id),
        report_id INTEGER NOT NULL REFERENCES reports(id),
        point_id INTEGER NOT NULL REFERENCES report_points(id),
        cadre_id INTEGER NOT NULL REFERENCES cadres(id),
        PRIMARY KEY (case_id, point_id)
      ) WITHOUT ROWID;
      CREATE INDEX clearance_points_point ON clearance_points(point_id, cadre_id);
      CREATE INDEX clearance_points_report ON clearance_points(report_id);

      CREATE TABLE referrals (
        id INTEGER PRIMARY KEY,
        number TEXT NOT NULL UNIQUE,
        year INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        case_id INTEGER NOT NULL UNIQUE REFERENCES cases(id),
        report_id INTEGER NOT NULL REFERENCES reports(id),
        -- The case's unit, for the same data scope as the case.
        unit_id INTEGER NOT NULL REFERENCES units(id),
        accuser_known INTEGER NOT NULL CHECK (accuser_known IN (0, 1)),
        accuser_name TEXT,
        accuser_workplace TEXT,
        accuser_note TEXT,
        category TEXT NOT NULL CHECK (category IN ('partyMember', 'publicOfficial', 'other', 'suspectedCrime')),
        route TEXT NOT NULL CHECK (route IN ('partyDiscipline', 'administrativeSanction', 'police', 'judicial')),
        facts TEXT NOT NULL,
        basis TEXT,
        materials TEXT NOT NULL,
        approved_by TEXT,
        approved_on TEXT,
        approver_id TEXT,
        approver_name TEXT,
        sent_on TEXT,
        receiving_body TEXT,
        document_no TEXT,
        result_on TEXT,
        result TEXT,
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK (accuser_known = 0 OR accuser_name IS NOT NULL),
        CHECK (sent_on IS NULL OR approved_on IS NOT NULL),
        CHECK (result_on IS NULL OR sent_on IS NOT NULL)
      );
      CREATE INDEX referrals_list ON referrals(year, unit_id);
    `);
  },
};
export default migration;
