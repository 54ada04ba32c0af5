CREATE TEMP TABLE IF NOT EXISTS case_partners_staging AS SELECT * FROM case_partners LIMIT 0
