-- Plan and assessment ids are never given out again after a delete (AUTOINCREMENT), so a script
-- holding an old id cannot act on another plan. SQLite cannot add AUTOINCREMENT to a table, so
-- both are rebuilt; the migration runner turns foreign keys off meanwhile and checks them after.
CREATE TABLE plans_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    starter TEXT,
    locale TEXT NOT NULL,
    org_name TEXT NOT NULL,
    employees INTEGER NOT NULL,
    industry TEXT NOT NULL,
    sponsor_name TEXT NOT NULL,
    sponsor_title TEXT NOT NULL,
    value_propositions TEXT NOT NULL,
    structure_kind TEXT NOT NULL,
    reports_to TEXT NOT NULL,
    current_stage INTEGER NOT NULL CHECK (current_stage BETWEEN 0 AND 4),
    target_stage INTEGER NOT NULL CHECK (target_stage BETWEEN 0 AND 4),
    current_rung TEXT NOT NULL,
    target_rung TEXT NOT NULL,
    currency TEXT NOT NULL,
    first_fiscal_year INTEGER NOT NULL,
    first_month INTEGER NOT NULL CHECK (first_month BETWEEN 1 AND 12),
    horizon_years INTEGER NOT NULL CHECK (horizon_years BETWEEN 1 AND 5),
    assumptions TEXT NOT NULL,
    sources TEXT NOT NULL
);
INSERT INTO plans_new SELECT * FROM plans;
DROP TABLE plans;
ALTER TABLE plans_new RENAME TO plans;

CREATE TABLE assessments_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL,
    answers TEXT NOT NULL
);
INSERT INTO assessments_new SELECT * FROM assessments;
DROP TABLE assessments;
ALTER TABLE assessments_new RENAME TO assessments;
CREATE INDEX assessments_by_plan ON assessments(plan_id, taken_on);
