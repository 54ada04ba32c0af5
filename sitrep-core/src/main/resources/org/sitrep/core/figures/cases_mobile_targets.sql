-- The target lists of mobile-malware cases handled in the week (a handful of rows; distinct URLs are counted
-- by the caller because the list is one text column).
SELECT targets AS item
FROM cases
WHERE status = 'resolved'
  AND type = 'mobile-malware'
  AND targets IS NOT NULL
  AND closed_at >= :start AND closed_at < :end
