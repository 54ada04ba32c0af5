UPDATE events SET dedup_key = rekeyed_events.dedup_key FROM rekeyed_events WHERE events.rowid = rekeyed_events.row_id
