INSERT INTO case_partners SELECT * FROM case_partners_staging
