UPDATE bulletin_issues SET status = 'published', published_at = ?, change_note = COALESCE(?, change_note)
WHERE week = ? AND revision = ? AND status = 'draft'
