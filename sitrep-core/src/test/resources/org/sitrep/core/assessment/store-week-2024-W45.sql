-- A small store around 2024-W45 (Monday 2024-11-04 00:00 Asia/Shanghai = 2024-11-03 16:00 UTC).
INSERT INTO events (dedup_key, time_source, feed_name, classification_type, kind, site, source_ip, source_url, domestic, government, ip_literal, target_domestic) VALUES
    (1,  TIMESTAMP '2024-11-03 16:00:00', 'sinkhole', 'infected-system', 'infected', NULL, '198.51.100.1', NULL, true, false, false, NULL),
    (2,  TIMESTAMP '2024-11-05 08:00:00', 'sinkhole', 'infected-system', 'infected', NULL, '198.51.100.1', NULL, true, false, false, NULL),
    (3,  TIMESTAMP '2024-11-10 15:59:59', 'sinkhole', 'infected-system', 'infected', NULL, '198.51.100.2', NULL, true, false, false, NULL),
    (4,  TIMESTAMP '2024-11-05 08:00:00', 'sinkhole', 'infected-system', 'infected', NULL, '203.0.113.9', NULL, false, false, false, NULL),
    (5,  TIMESTAMP '2024-11-03 15:59:59', 'sinkhole', 'infected-system', 'infected', NULL, '198.51.100.7', NULL, true, false, false, NULL),
    (6,  TIMESTAMP '2024-11-10 16:00:00', 'sinkhole', 'infected-system', 'infected', NULL, '198.51.100.8', NULL, true, false, false, NULL),
    (10, TIMESTAMP '2024-11-06 01:00:00', 'zone-h', 'compromised', 'defacement', 'a.example.gov.cn', NULL, NULL, true, true, false, NULL),
    (11, TIMESTAMP '2024-11-06 02:00:00', 'zone-h', 'compromised', 'defacement', 'b.example.cn', NULL, NULL, true, false, false, NULL),
    (12, TIMESTAMP '2024-11-07 02:00:00', 'zone-h', 'compromised', 'defacement', 'b.example.cn', NULL, NULL, true, false, false, NULL),
    (13, TIMESTAMP '2024-11-07 03:00:00', 'zone-h', 'compromised', 'defacement', 'c.example.com', NULL, NULL, false, false, false, NULL),
    (14, TIMESTAMP '2024-10-22 03:00:00', 'zone-h', 'compromised', 'defacement', 'd.example.cn', NULL, NULL, true, false, false, NULL),
    (20, TIMESTAMP '2024-11-08 03:00:00', 'phishtank', 'phishing', 'phishing', '203.0.113.5', '203.0.113.5', 'http://203.0.113.5/login', false, false, true, true),
    (21, TIMESTAMP '2024-11-08 04:00:00', 'phishtank', 'phishing', 'phishing', 'login.example.net', NULL, 'http://login.example.net/', false, false, false, false);

INSERT INTO vulnerabilities (id, published, severity, cvss_score, zero_day, remote, known_exploited) VALUES
    ('CVE-2024-0001', DATE '2024-11-04', 'high', 8.1, false, true, false),
    ('CVE-2024-0002', DATE '2024-11-10', 'critical', 9.8, false, true, true),
    ('CVE-2024-0003', DATE '2024-11-06', 'medium', NULL, true, false, false),
    ('CVE-2024-0004', DATE '2024-11-11', 'critical', 9.9, true, true, true);

INSERT INTO cases (id, type, grade, reported_at, cross_border, infrastructure_scope, status) VALUES
    ('C-1', 'dos', 'general', TIMESTAMP '2024-11-05 01:00:00', false, 'none', 'resolved'),
    ('C-2', 'other', 'major', TIMESTAMP '2024-11-06 01:00:00', false, 'provincial', 'coordinating'),
    ('C-3', 'other', 'extraordinary', TIMESTAMP '2024-11-06 01:00:00', false, 'national', 'rejected'),
    ('C-4', 'dos', NULL, TIMESTAMP '2024-10-15 01:00:00', false, 'none', 'resolved');
