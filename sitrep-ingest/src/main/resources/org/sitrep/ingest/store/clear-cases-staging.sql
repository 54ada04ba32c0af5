DELETE FROM cases_staging
