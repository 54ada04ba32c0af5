SELECT week, revision, status, figures, assessment, created_at, published_at, change_note
FROM bulletin_issues
WHERE week = ?
ORDER BY revision DESC
LIMIT 1
