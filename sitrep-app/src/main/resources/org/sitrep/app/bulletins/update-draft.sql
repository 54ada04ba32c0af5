UPDATE bulletin_issues SET figures = ?, assessment = ?, created_at = ?
WHERE week = ? AND revision = ? AND status = 'draft'
