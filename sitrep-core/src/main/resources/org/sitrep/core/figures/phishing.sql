-- Phishing pages whose imitated site is domestic: distinct URLs, the registered domains hosting them (names
-- only) and the IPs hosting them.
SELECT COUNT(DISTINCT source_url) AS pages,
       COUNT(DISTINCT CASE WHEN ip_literal = FALSE THEN registered_domain END) AS domains,
       COUNT(DISTINCT source_ip) AS ips
FROM events
WHERE kind = 'phishing'
  AND target_domestic = TRUE
  AND source_url IS NOT NULL
  AND time_source >= :start AND time_source < :end
