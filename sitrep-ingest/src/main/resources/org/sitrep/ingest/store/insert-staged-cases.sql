INSERT INTO cases SELECT * FROM cases_staging
