INSERT INTO bulletin_issues (week, revision, status, figures, assessment, created_at, published_at, change_note)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
