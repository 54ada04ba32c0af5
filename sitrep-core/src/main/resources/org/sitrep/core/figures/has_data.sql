-- Whether anything at all is recorded for the week: events, vulnerabilities published, cases reported or closed.
SELECT (SELECT COUNT(*) FROM events WHERE time_source >= :start AND time_source < :end)
     + (SELECT COUNT(*) FROM vulnerabilities WHERE published >= :first_day AND published < :next_first_day)
     + (SELECT COUNT(*) FROM cases
        WHERE (reported_at >= :start AND reported_at < :end) OR (closed_at >= :start AND closed_at < :end))
       AS records
