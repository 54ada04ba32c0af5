package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Optional;
import org.sitrep.core.week.IsoWeek;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * A week's bulletin as the API hands it out: a published week's frozen files as the archive holds them (rendered
 * into the archive first when one is missing, which gives the same bytes), an unpublished week's draft rendered
 * afresh for the client in a folder of its own, never in the archive.
 */
@Component
public final class IssueDownloads {

    /** The bytes of one file of an issue; {@code frozen} for a published revision's file. */
    public record Download(IsoWeek week, int revision, boolean frozen, IssueFile file, byte[] bytes) {}

    /** A draft's PDF takes long to render: it is rendered as a job ({@code POST …/renders}). */
    public static final class RenderAsJobException extends IllegalStateException {
        RenderAsJobException(IsoWeek week) {
            super(week + " is not published: its PDF is rendered as a job (POST /api/v1/bulletins/" + week
                    + "/renders?format=pdf), whose result names where to get it");
        }
    }

    private final ServedBulletins served;

    IssueDownloads(ServedBulletins served) {
        this.served = served;
    }

    /**
     * The published week's file as frozen, or the draft's (not for a PDF: that is a job). {@code fresh} asks for a
     * published week's draft, computed now: the correction it would publish.
     */
    public Download get(IsoWeek week, IssueFile file, boolean fresh) throws SQLException, IOException {
        Optional<Issue> published =
                served.read((bulletins, connection) -> bulletins.archive().published(week));
        if (published.isPresent() && !fresh) {
            return frozen(published.get(), file);
        }
        if (file.kind() == IssueFile.Kind.PDF) {
            throw new RenderAsJobException(week);
        }
        Path root = Files.createTempDirectory("sitrep-draft-");
        try {
            return draft(week, file, fresh, root);
        } finally {
            FileSystemUtils.deleteRecursively(root);
        }
    }

    /** The published revision's file as the archive holds it, rendered there first if it is missing. */
    public Download frozen(Issue issue, IssueFile file) throws SQLException, IOException {
        Path path = file.in(served.archive().resolve(issue.week().toString()));
        if (!Files.isRegularFile(path)) {
            served.write((bulletins, connection) -> render(bulletins, issue, file));
        }
        return new Download(issue.week(), issue.revision(), true, file, Files.readAllBytes(path));
    }

    /**
     * Renders the week's issue under {@code root} and reads the file: the draft, kept as the week's draft in the
     * store (a week published meanwhile renders frozen, unless {@code fresh} asks for its draft all the same).
     */
    public Download draft(IsoWeek week, IssueFile file, boolean fresh, Path root) throws SQLException, IOException {
        Rendered rendered = served.write(root, (bulletins, connection) -> {
            Issue current = bulletins.issue(week, fresh);
            render(bulletins, current, file);
            return new Rendered(current, bulletins.folder(current));
        });
        Issue issue = rendered.issue();
        return new Download(
                week, issue.revision(), issue.published(), file, Files.readAllBytes(file.in(rendered.folder())));
    }

    private record Rendered(Issue issue, Path folder) {}

    private static Issue render(Bulletins bulletins, Issue issue, IssueFile file) throws SQLException, IOException {
        bulletins.render(issue, EnumSet.of(file.language()), file.formats(), file.kind() == IssueFile.Kind.JSON);
        return issue;
    }
}
