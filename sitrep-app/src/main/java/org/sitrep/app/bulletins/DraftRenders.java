package org.sitrep.app.bulletins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.sitrep.app.jobs.Job;
import org.sitrep.app.jobs.Jobs;
import org.sitrep.core.week.IsoWeek;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Renders of a week's issue that run as jobs (a PDF takes seconds): a draft renders into a folder of its own,
 * outside the archive, and its job's result names where to get the file; the server keeps the last {@value #KEPT}
 * in memory (a PDF is about a megabyte). A published week's render is its frozen file, which the archive keeps.
 */
@Component
public final class DraftRenders {

    /** What a render job's result says: the issue rendered and where to get the file. */
    public record Result(String week, int revision, String status, String format, String lang, String href) {}

    static final int KEPT = 20;

    private final ServedBulletins served;
    private final IssueDownloads downloads;
    private final Jobs jobs;
    private final Map<String, IssueDownloads.Download> renders = new LinkedHashMap<>();

    DraftRenders(ServedBulletins served, IssueDownloads downloads, Jobs jobs) {
        this.served = served;
        this.downloads = downloads;
        this.jobs = jobs;
    }

    /**
     * Queues the render of the week's file and returns its job; {@code fresh} renders a published week's draft (the
     * correction it would publish) instead of its frozen file.
     */
    public Job submit(IsoWeek week, IssueFile file, boolean fresh, String owner) {
        String id = UUID.randomUUID().toString();
        return jobs.submit("bulletin.render", owner, progress -> {
            progress.update(
                    0,
                    1L,
                    "rendering " + week + " " + file.kind().id() + " "
                            + file.language().tag());
            Result result = render(id, week, file, fresh);
            progress.update(1, 1L, "rendered");
            return result;
        });
    }

    /** A render's file, while it is kept. */
    public synchronized Optional<IssueDownloads.Download> find(String id) {
        return Optional.ofNullable(renders.get(id));
    }

    private Result render(String id, IsoWeek week, IssueFile file, boolean fresh) throws SQLException, IOException {
        Optional<Issue> published =
                served.read((bulletins, connection) -> bulletins.archive().published(week));
        if (published.isPresent() && !fresh) {
            IssueDownloads.Download frozen = downloads.frozen(published.get(), file);
            return result(frozen, file.href(week));
        }
        Path folder = Files.createTempDirectory("sitrep-render-");
        IssueDownloads.Download draft;
        try {
            draft = downloads.draft(week, file, fresh, folder);
        } finally {
            FileSystemUtils.deleteRecursively(folder);
        }
        keep(id, draft);
        return result(draft, "/api/v1/bulletins/" + week + "/renders/" + id);
    }

    private static Result result(IssueDownloads.Download download, String href) {
        return new Result(
                download.week().toString(),
                download.revision(),
                download.frozen() ? "published" : "draft",
                download.file().kind().id(),
                download.file().language().tag(),
                href);
    }

    private synchronized void keep(String id, IssueDownloads.Download download) {
        renders.put(id, download);
        while (renders.size() > KEPT) {
            renders.remove(renders.keySet().iterator().next());
        }
    }
}
