INSERT INTO vulnerability_level_overrides (week, level, reason, analyst, created_at, computed_level) VALUES (?, ?, ?, ?, ?, ?)
