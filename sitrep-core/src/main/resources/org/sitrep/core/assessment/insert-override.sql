INSERT INTO assessment_overrides (week, band, reason, analyst, created_at, computed_band) VALUES (?, ?, ?, ?, ?, ?)
