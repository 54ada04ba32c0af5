-- A page of cases, the latest reported first (ties by id), of a week and a status when given; :partner, when set,
-- keeps only the cases linked to that organisation (case_organisations, docs/adr/014-partner-scoping.md).
-- :id, when set, selects that one case. partners and organisations come as JSON lists.
SELECT c.id, c.title, c.type, c.category, c.grade, c.reported_at, c.reporter, c.reporter_country, c.channel,
       c.targets, c.target_countries, c.cross_border, c.infrastructure_scope, c.status, c.closed_at, c.sector,
       (SELECT to_json(list({'name': p.name, 'kind': p.kind, 'country': p.country} ORDER BY p.position))
        FROM case_partners p WHERE p.case_id = c.id) AS partners,
       (SELECT to_json(list(o.organisation_id ORDER BY o.organisation_id))
        FROM case_organisations o WHERE o.case_id = c.id) AS organisations
FROM cases c
WHERE (CAST(:id AS VARCHAR) IS NULL OR c.id = :id)
  AND (CAST(:from AS TIMESTAMP) IS NULL OR c.reported_at >= :from)
  AND (CAST(:to AS TIMESTAMP) IS NULL OR c.reported_at < :to)
  AND (CAST(:status AS VARCHAR) IS NULL OR c.status = :status)
  AND (CAST(:partner AS VARCHAR) IS NULL OR EXISTS (
       SELECT 1 FROM case_organisations o WHERE o.case_id = c.id AND o.organisation_id = :partner))
ORDER BY c.reported_at DESC, c.id
LIMIT :limit OFFSET :offset
