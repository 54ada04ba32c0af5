SELECT week, revision, status, figures, assessment, created_at, published_at, change_note
FROM bulletin_issues
ORDER BY week DESC, revision DESC
