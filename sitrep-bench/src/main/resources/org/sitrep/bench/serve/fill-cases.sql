-- Synthetic cases numbered [?, ?) over the 13 weeks before ? (a UTC timestamp), for the case list under load.
INSERT INTO cases (id, title, type, reported_at, cross_border, infrastructure_scope, status, targets)
SELECT 'BENCH-' || i,
       'synthetic case ' || i,
       CASE i % 4 WHEN 0 THEN 'phishing' WHEN 1 THEN 'malicious-code' WHEN 2 THEN 'defacement' ELSE 'backdoor' END,
       CAST(? AS TIMESTAMP) - INTERVAL 91 DAY + to_seconds(CAST(hash(i, 'c') % 7862400 AS BIGINT)),
       i % 10 = 0,
       'none',
       CASE i % 5 WHEN 0 THEN 'new' WHEN 1 THEN 'triaged' WHEN 2 THEN 'coordinating' WHEN 3 THEN 'resolved'
                  ELSE 'rejected' END,
       '["http://www.site' || i || '.example/"]'
FROM range(?, ?) AS r(i)
