-- A fiscal year is named by the year it ends in unless the plan says otherwise. Plans stored
-- before this setting existed were named by the year they start in: they keep their dates.
ALTER TABLE plans ADD COLUMN fiscal_year_named_by TEXT NOT NULL DEFAULT 'end_year'
    CHECK (fiscal_year_named_by IN ('end_year', 'start_year'));
UPDATE plans SET fiscal_year_named_by = 'start_year' WHERE first_month <> 1;
