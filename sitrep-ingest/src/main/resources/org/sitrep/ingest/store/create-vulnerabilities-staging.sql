CREATE TEMP TABLE IF NOT EXISTS vulnerabilities_staging AS SELECT * FROM vulnerabilities LIMIT 0
