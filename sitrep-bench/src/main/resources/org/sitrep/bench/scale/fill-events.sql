-- Fills the events table with synthetic rows numbered [?, ?) spread over the 13 weeks that end with the week
-- starting at ? (a UTC timestamp). DuckDB only: the bench module measures the DuckDB store.
-- Shape: 70% infected hosts from a pool of 3M addresses (90% domestic), 5% drop sites, 5% defacements, 3% backdoors,
-- 7% phishing, 10% events of no bulletin kind; sites from pools of 400k names, 3% of them under gov.cn.
INSERT INTO events (dedup_key, time_source, feed_name, classification_type, classification_identifier,
    source_ip, source_fqdn, source_url, source_asn, source_geolocation_cc, source_geolocation_region,
    destination_ip, destination_geolocation_cc, malware_name,
    kind, site, registered_domain, tld, domestic, government, registrar_cc, ip_literal, target_domestic, target_sector)
SELECT
    i,
    CAST(? AS TIMESTAMP) - INTERVAL 91 DAY + to_seconds(CAST(hash(i, 't') % 7862400 AS BIGINT)),
    CASE WHEN k < 70 THEN 'sinkhole' WHEN k < 75 THEN 'urlfeed' WHEN k < 83 THEN 'defacements' WHEN k < 90 THEN 'phishfeed' ELSE 'scans' END,
    CASE WHEN k < 70 THEN 'infected-system' WHEN k < 75 THEN 'malware-distribution' WHEN k < 83 THEN 'system-compromise'
         WHEN k < 90 THEN 'phishing' ELSE 'vulnerable-system' END,
    CASE WHEN k < 70 THEN (CASE WHEN f < 8 THEN 'conficker' ELSE 'family' || f END)
         WHEN k < 75 THEN NULL WHEN k < 80 THEN 'defacement' WHEN k < 83 THEN 'webshell' ELSE NULL END,
    CASE WHEN abroad THEN '198.51.' ELSE '36.' END || (host % 250) || '.' || ((host // 250) % 250) || '.' || ((host // 62500) % 250),
    CASE WHEN k >= 70 AND k < 90 THEN 'www.site' || site || (CASE WHEN site % 100 < 3 THEN '.gov.cn' WHEN site % 3 = 0 THEN '.com' ELSE '.cn' END) END,
    CASE WHEN k >= 70 AND k < 90 THEN 'http://www.site' || site || '.example/p' || (i % 20) END,
    4134 + (host % 7),
    CASE WHEN abroad THEN 'US' ELSE 'CN' END,
    CASE WHEN abroad THEN NULL ELSE 'province' || (host % 31) END,
    CASE WHEN k < 70 THEN '203.0.113.' || (i % 8) END,
    CASE WHEN k < 70 THEN 'US' END,
    CASE WHEN k < 70 THEN 'Trojan.Win32.Agent.' || (hash(i, 'm') % 5000) END,
    CASE WHEN k < 70 THEN 'infected' WHEN k < 75 THEN 'drop-site' WHEN k < 80 THEN 'defacement' WHEN k < 83 THEN 'backdoor'
         WHEN k < 90 THEN 'phishing' END,
    CASE WHEN k >= 70 AND k < 90 THEN 'www.site' || site || (CASE WHEN site % 100 < 3 THEN '.gov.cn' WHEN site % 3 = 0 THEN '.com' ELSE '.cn' END) END,
    CASE WHEN k >= 70 AND k < 90 THEN 'site' || site || (CASE WHEN site % 100 < 3 THEN '.gov.cn' WHEN site % 3 = 0 THEN '.com' ELSE '.cn' END) END,
    CASE WHEN k >= 70 AND k < 90 THEN (CASE WHEN site % 100 < 3 THEN 'gov.cn' WHEN site % 3 = 0 THEN 'com' ELSE 'cn' END) END,
    NOT abroad,
    k >= 75 AND k < 83 AND site % 100 < 3,
    CASE WHEN k >= 70 AND k < 75 THEN (CASE WHEN site % 4 = 0 THEN 'US' WHEN site % 4 = 1 THEN NULL ELSE 'CN' END) END,
    k >= 70 AND k < 75 AND site % 10 = 0,
    CASE WHEN k >= 83 AND k < 90 THEN site % 5 <> 0 END,
    CASE WHEN k >= 83 AND k < 90 THEN (CASE WHEN site % 2 = 0 THEN 'bank' ELSE 'payment' END) END
FROM (
    SELECT i,
           CAST(hash(i, 'k') % 100 AS INTEGER) AS k,
           CAST(hash(i, 'f') % 40 AS INTEGER) AS f,
           CAST(hash(i, 'h') % 3000000 AS BIGINT) AS host,
           CAST(hash(i, 'h') % 3000000 AS BIGINT) % 10 = 0 AS abroad,
           CAST(hash(i, 's') % 400000 AS BIGINT) AS site
    FROM range(?, ?) AS r(i)
)
