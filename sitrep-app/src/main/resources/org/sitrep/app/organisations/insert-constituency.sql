-- Adds an entry to an organisation's constituency unless it is there already.
INSERT INTO organisation_constituency (organisation_id, kind, value)
SELECT :organisation, :kind, :value
WHERE NOT EXISTS (SELECT 1 FROM organisation_constituency
                  WHERE organisation_id = :organisation AND kind = :kind AND value = :value)
