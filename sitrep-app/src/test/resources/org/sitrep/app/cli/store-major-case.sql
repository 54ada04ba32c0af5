-- 2024-W45 in Asia/Shanghai: one defaced government site and one major case; no earlier weeks.
INSERT INTO events (dedup_key, time_source, feed_name, classification_type, kind, site, domestic, government, ip_literal) VALUES
    (1, TIMESTAMP '2024-11-06 01:00:00', 'zone-h', 'compromised', 'defacement', 'a.example.gov.cn', true, true, false);
INSERT INTO cases (id, type, grade, reported_at, cross_border, infrastructure_scope, status) VALUES
    ('C-1', 'other', 'major', TIMESTAMP '2024-11-06 01:00:00', false, 'none', 'coordinating');
