-- The partner organisations with their constituency as a JSON list, by id; :id, when set, that one only.
SELECT o.id, o.name, o.kind, o.country, o.created_at,
       (SELECT to_json(list({'kind': c.kind, 'value': c.value} ORDER BY c.kind, c.value))
        FROM organisation_constituency c WHERE c.organisation_id = o.id) AS constituency
FROM organisations o
WHERE CAST(:id AS VARCHAR) IS NULL OR o.id = :id
ORDER BY o.id
