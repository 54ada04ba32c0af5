INSERT INTO vulnerabilities SELECT * FROM vulnerabilities_staging
