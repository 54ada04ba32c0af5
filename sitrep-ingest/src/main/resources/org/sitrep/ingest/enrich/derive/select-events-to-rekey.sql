-- Every stored event with the fields its dedup key is made of (DedupKey), by row.
SELECT rowid AS row_id, time_source, kind, classification_type, classification_identifier, source_ip, source_url,
       source_fqdn, destination_ip
FROM events
