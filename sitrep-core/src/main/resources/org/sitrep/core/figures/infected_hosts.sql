-- Infected hosts: distinct domestic source IPs of infected events in the week; worm_hosts are those with at
-- least one event of a worm family (the worms parameter is the list written as ',conficker,downadup,'), the rest are trojan/bot.
SELECT COUNT(DISTINCT source_ip) AS infected_hosts,
       COUNT(DISTINCT CASE
           WHEN POSITION(',' || LOWER(classification_identifier) || ',' IN :worms) > 0 THEN source_ip
       END) AS worm_hosts
FROM events
WHERE kind = 'infected'
  AND domestic = TRUE
  AND source_ip IS NOT NULL
  AND time_source >= :start AND time_source < :end
