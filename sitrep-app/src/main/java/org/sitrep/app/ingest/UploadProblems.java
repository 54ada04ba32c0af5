package org.sitrep.app.ingest;

import org.sitrep.app.server.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** An upload larger than {@code sitrep.ingest.max-upload-size} is 413, whether the server or the spool finds it. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadProblems {

    @ExceptionHandler(Uploads.TooLargeException.class)
    ProblemDetail tooLarge(Uploads.TooLargeException failure) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "upload-too-large", String.valueOf(failure.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException failure) {
        return Problems.of(
                HttpStatus.CONTENT_TOO_LARGE,
                "upload-too-large",
                "the upload is larger than the server takes (sitrep.ingest.max-upload-size)");
    }
}
