SELECT i.week, i.revision, i.status, i.figures, i.assessment, i.created_at, i.published_at, i.change_note
FROM bulletin_issues i
WHERE i.status = 'published'
  AND i.revision = (SELECT max(p.revision) FROM bulletin_issues p WHERE p.week = i.week AND p.status = 'published')
ORDER BY i.week DESC
