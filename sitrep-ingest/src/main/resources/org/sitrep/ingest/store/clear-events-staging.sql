DELETE FROM events_staging
