SELECT week, band, reason, analyst, created_at, computed_band FROM assessment_overrides WHERE week = ? ORDER BY created_at
