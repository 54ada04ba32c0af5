-- The week's known-exploited or zero-day vulnerabilities. Parameters: the Monday, the next Monday (end exclusive).
SELECT id, cvss_score, known_exploited, zero_day
FROM vulnerabilities
WHERE published >= ? AND published < ? AND (known_exploited OR zero_day)
ORDER BY id
