SELECT week, level, reason, analyst, created_at, computed_level FROM vulnerability_level_overrides WHERE week = ? ORDER BY created_at
