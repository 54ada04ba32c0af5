-- Events of one week by bulletin kind (NULL = none) and classification type. Parameters: week start, week end
-- (UTC, end exclusive). Which kinds the bulletin leaves out is decided in Java (BulletinKind.counted).
SELECT kind, classification_type AS type, COUNT(*) AS events
FROM events
WHERE time_source >= ? AND time_source < ?
GROUP BY kind, classification_type
