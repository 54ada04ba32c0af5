INSERT INTO events BY NAME SELECT * FROM sitrep_event_batch
