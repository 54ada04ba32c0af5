SELECT dedup_key FROM events WHERE time_source >= ? AND time_source < ?
