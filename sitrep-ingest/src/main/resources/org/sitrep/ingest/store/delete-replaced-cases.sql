DELETE FROM cases WHERE id IN (SELECT id FROM cases_staging)
