-- The event indicators of one week (spec/bulletin.md section 1) and how many events of each kind it has,
-- which says whether the week has data for that indicator. Parameters: week start, week end (UTC, end exclusive).
SELECT
    count(DISTINCT source_ip) FILTER (WHERE kind = 'infected' AND domestic) AS infected_hosts,
    count(DISTINCT site) FILTER (WHERE kind = 'defacement' AND domestic) AS defaced,
    count(DISTINCT site) FILTER (WHERE kind = 'defacement' AND domestic AND government) AS defaced_gov,
    count(DISTINCT site) FILTER (WHERE kind = 'backdoor' AND domestic) AS backdoored,
    count(DISTINCT site) FILTER (WHERE kind = 'backdoor' AND domestic AND government) AS backdoored_gov,
    count(DISTINCT source_url) FILTER (WHERE kind = 'phishing' AND target_domestic) AS phishing_pages,
    count(*) FILTER (WHERE kind = 'infected') AS infected_events,
    count(*) FILTER (WHERE kind = 'defacement') AS defacement_events,
    count(*) FILTER (WHERE kind = 'backdoor') AS backdoor_events,
    count(*) FILTER (WHERE kind = 'phishing') AS phishing_events
FROM events
WHERE time_source >= ? AND time_source < ?
