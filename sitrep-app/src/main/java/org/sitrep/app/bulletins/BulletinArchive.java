package org.sitrep.app.bulletins;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.sitrep.core.store.SqlResources;
import org.sitrep.core.store.UtcColumns;
import org.sitrep.core.week.IsoWeek;

/**
 * The archive of issues: drafts, publishing and corrections. Publishing freezes the figures and assessment a
 * revision was computed with; a correction is a new revision with a note, never an edit of a published one.
 */
public final class BulletinArchive {

    private final Connection connection;
    private final SqlResources sql;
    private final Clock clock;

    public BulletinArchive(Connection connection, Clock clock) {
        this.connection = connection;
        this.sql = new SqlResources(BulletinArchive.class, "duckdb");
        this.clock = clock;
    }

    /** The newest revision of the week, draft or published. */
    public Optional<Issue> latest(IsoWeek week) throws SQLException {
        return one("latest-revision", week);
    }

    /** The newest published revision of the week: what readers hold. */
    public Optional<Issue> published(IsoWeek week) throws SQLException {
        return one("latest-published", week);
    }

    /**
     * Keeps freshly computed figures as the week's draft: replaces the current draft, or opens revision n+1 when
     * the newest revision is published (a correction in the making).
     */
    public Issue saveDraft(IsoWeek week, String figuresJson, String assessmentJson) throws SQLException {
        // micro-seconds, as the store keeps them: the issue reads back exactly as it was published
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Issue> latest = latest(week);
        if (latest.isPresent() && !latest.get().published()) {
            Issue draft = latest.get();
            try (PreparedStatement statement = connection.prepareStatement(sql.get("update-draft"))) {
                statement.setString(1, figuresJson);
                statement.setString(2, assessmentJson);
                statement.setTimestamp(3, UtcColumns.timestamp(now));
                statement.setString(4, week.toString());
                statement.setInt(5, draft.revision());
                statement.executeUpdate();
            }
            return new Issue(week, draft.revision(), Issue.Status.DRAFT, figuresJson, assessmentJson, now, null, null);
        }
        int revision = latest.map(issue -> issue.revision() + 1).orElse(1);
        Issue draft = new Issue(week, revision, Issue.Status.DRAFT, figuresJson, assessmentJson, now, null, null);
        insert(draft);
        return draft;
    }

    /**
     * Publishes the week's draft. A revision after the first needs a note that says what the correction changed.
     *
     * @throws IllegalStateException when the week has no draft (nothing computed, or already published)
     */
    public Issue publish(IsoWeek week, @Nullable String changeNote) throws SQLException {
        Issue draft = latest(week)
                .filter(issue -> !issue.published())
                .orElseThrow(() -> new IllegalStateException("week " + week + " has no draft to publish"));
        if (draft.revision() > 1 && (changeNote == null || changeNote.isBlank())) {
            throw new IllegalArgumentException("revision " + draft.revision() + " of " + week
                    + " corrects a published issue: say what changed (--note)");
        }
        // micro-seconds, as the store keeps them: the issue reads back exactly as it was published
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement statement = connection.prepareStatement(sql.get("publish-revision"))) {
            statement.setTimestamp(1, UtcColumns.timestamp(now));
            statement.setString(2, changeNote);
            statement.setString(3, week.toString());
            statement.setInt(4, draft.revision());
            statement.executeUpdate();
        }
        return new Issue(
                week,
                draft.revision(),
                Issue.Status.PUBLISHED,
                draft.figuresJson(),
                draft.assessmentJson(),
                draft.createdAt(),
                now,
                changeNote);
    }

    /** The newest published revision of every published week, newest week first. */
    public List<Issue> publishedIssues() throws SQLException {
        return many("published-issues");
    }

    /** Every revision of every week, newest first. */
    public List<Issue> allRevisions() throws SQLException {
        return many("all-revisions");
    }

    private void insert(Issue issue) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.get("insert-issue"))) {
            statement.setString(1, issue.week().toString());
            statement.setInt(2, issue.revision());
            statement.setString(3, issue.status().id());
            statement.setString(4, issue.figuresJson());
            statement.setString(5, issue.assessmentJson());
            statement.setTimestamp(6, UtcColumns.timestamp(issue.createdAt()));
            statement.setTimestamp(7, issue.publishedAt() == null ? null : UtcColumns.timestamp(issue.publishedAt()));
            statement.setString(8, issue.changeNote());
            statement.executeUpdate();
        }
    }

    private Optional<Issue> one(String query, IsoWeek week) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql.get(query))) {
            statement.setString(1, week.toString());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private List<Issue> many(String query) throws SQLException {
        List<Issue> issues = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.get(query));
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                issues.add(read(rows));
            }
        }
        return issues;
    }

    private static Issue read(ResultSet rows) throws SQLException {
        Timestamp published = rows.getTimestamp("published_at");
        return new Issue(
                IsoWeek.parse(rows.getString("week")),
                rows.getInt("revision"),
                Issue.Status.fromId(rows.getString("status")),
                rows.getString("figures"),
                rows.getString("assessment"),
                UtcColumns.instant(rows.getTimestamp("created_at")),
                published == null ? null : UtcColumns.instant(published),
                rows.getString("change_note"));
    }
}
