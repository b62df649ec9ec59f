-- A plan's history (every change with what it replaced: undo and redo that survive a restart),
-- its named versions, and which plans are scenarios of which. All go with their plan.

CREATE TABLE history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    label TEXT NOT NULL,
    change TEXT NOT NULL,
    undone INTEGER NOT NULL CHECK (undone IN (0, 1))
);
CREATE INDEX history_by_plan ON history(plan_id, undone, id);

CREATE TABLE versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    message TEXT NOT NULL,
    plan TEXT NOT NULL
);
CREATE INDEX versions_by_plan ON versions(plan_id, id);

CREATE TABLE scenarios (
    plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,
    base_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
    label TEXT NOT NULL
);
CREATE INDEX scenarios_by_base ON scenarios(base_id);
