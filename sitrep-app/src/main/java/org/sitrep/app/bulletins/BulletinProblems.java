package org.sitrep.app.bulletins;

import org.sitrep.app.server.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The bulletin's refusals as problem details (docs/api.md lists their types). */
@RestControllerAdvice
class BulletinProblems {

    @ExceptionHandler(Publication.RefusedException.class)
    ProblemDetail refused(Publication.RefusedException refusal) {
        String slug = switch (refusal.reason()) {
            case WEEK_NOT_ENDED -> "week-not-ended";
            case INGEST_UNFINISHED -> "ingest-unfinished";
            case CORRECTION_NEEDS_NOTE -> "correction-needs-note";
        };
        return Problems.of(HttpStatus.CONFLICT, slug, String.valueOf(refusal.getMessage()));
    }

    @ExceptionHandler(IssueDownloads.RenderAsJobException.class)
    ProblemDetail renderAsJob(IssueDownloads.RenderAsJobException refusal) {
        return Problems.of(HttpStatus.CONFLICT, "render-as-job", String.valueOf(refusal.getMessage()));
    }

    @ExceptionHandler(ArchivedFiles.NotArchivedException.class)
    ProblemDetail notArchived(ArchivedFiles.NotArchivedException missing) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-archived", String.valueOf(missing.getMessage()));
    }

    @ExceptionHandler(WeekPublishedException.class)
    ProblemDetail published(WeekPublishedException refusal) {
        return Problems.of(HttpStatus.CONFLICT, "week-published", String.valueOf(refusal.getMessage()));
    }
}
