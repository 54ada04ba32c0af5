UPDATE dedup_days SET zone = ?, rekeyed_at = ?, rekeyed = ?, merged = ?
