DROP TABLE rekeyed_events
