DELETE FROM case_partners WHERE case_id IN (SELECT id FROM cases_staging)
