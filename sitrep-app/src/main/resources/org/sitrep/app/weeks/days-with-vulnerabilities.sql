-- The days on which stored vulnerabilities were published (a vulnerability counts in the week of that date).
SELECT DISTINCT published AS day FROM vulnerabilities
