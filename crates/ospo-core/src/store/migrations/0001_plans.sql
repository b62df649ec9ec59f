-- Plans and their sections. Item ids are plan-local, so every section is keyed by (plan_id, id)
-- and `seq` keeps the order the user gave them.
PRAGMA application_id = 1330860111; -- "OSPO"

CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
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

CREATE TABLE units (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    parent TEXT,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE positions (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    role TEXT NOT NULL,
    person TEXT,
    employment TEXT NOT NULL,
    share_percent INTEGER,
    fte REAL NOT NULL CHECK (fte BETWEEN 0 AND 1),
    start_date TEXT,
    end_date TEXT,
    annual_base_cost INTEGER NOT NULL CHECK (annual_base_cost >= 0),
    loaded_cost_multiplier REAL NOT NULL,
    reports_to TEXT,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE responsibilities (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    responsibility TEXT NOT NULL,
    seq INTEGER NOT NULL,
    owner TEXT,
    notes TEXT NOT NULL,
    PRIMARY KEY (plan_id, responsibility)
) WITHOUT ROWID;

CREATE TABLE budget_lines (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    category TEXT NOT NULL,
    description TEXT NOT NULL,
    amounts TEXT NOT NULL,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE stakeholders (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    name TEXT NOT NULL,
    petal TEXT NOT NULL,
    interest TEXT NOT NULL,
    influence TEXT NOT NULL,
    owner TEXT,
    key_message TEXT NOT NULL,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE communications (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    audience TEXT NOT NULL,
    message TEXT NOT NULL,
    channel TEXT NOT NULL,
    cadence TEXT,
    first_date TEXT NOT NULL,
    owner TEXT,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE milestones (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    title TEXT NOT NULL,
    date TEXT NOT NULL,
    done INTEGER NOT NULL,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE kpis (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    goal TEXT NOT NULL,
    metric TEXT NOT NULL,
    baseline TEXT NOT NULL,
    target TEXT NOT NULL,
    due TEXT,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

CREATE TABLE risks (
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    description TEXT NOT NULL,
    likelihood TEXT NOT NULL,
    impact TEXT NOT NULL,
    mitigation TEXT NOT NULL,
    PRIMARY KEY (plan_id, id)
) WITHOUT ROWID;

-- Self-assessment answers, kept as history: one row per assessment taken.
CREATE TABLE assessments (
    id INTEGER PRIMARY KEY,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    taken_on TEXT NOT NULL,
    answers TEXT NOT NULL
);
CREATE INDEX assessments_by_plan ON assessments(plan_id, taken_on);

-- App preferences such as the last plan opened.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
