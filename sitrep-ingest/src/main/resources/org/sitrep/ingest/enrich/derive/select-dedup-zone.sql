SELECT zone FROM dedup_days
