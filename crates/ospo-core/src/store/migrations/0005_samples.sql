-- Sample marks: the items of a plan still as a starter wrote them (a JSON array of `section/id`).
ALTER TABLE plans ADD COLUMN samples TEXT NOT NULL DEFAULT '[]';
