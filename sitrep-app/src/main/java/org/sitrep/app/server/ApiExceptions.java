package org.sitrep.app.server;

import java.sql.SQLException;
import java.time.DateTimeException;
import org.sitrep.app.weeks.WeekFigures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Sitrep's failures as problem details; Spring's own (404, 405, 400 of binding) are problem details by setting. */
@RestControllerAdvice
class ApiExceptions {

    private static final Logger LOG = LoggerFactory.getLogger(ApiExceptions.class);

    @ExceptionHandler(WeekFigures.FutureWeekException.class)
    ProblemDetail futureWeek(WeekFigures.FutureWeekException failure) {
        return Problems.of(HttpStatus.NOT_FOUND, "week-in-future", String.valueOf(failure.getMessage()));
    }

    /** A value the caller gave that Sitrep cannot take (a week that is not YYYY-Www, an unknown role …). */
    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException failure) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-value", String.valueOf(failure.getMessage()));
    }

    @ExceptionHandler(DateTimeException.class)
    ProblemDetail badDate(DateTimeException failure) {
        return Problems.of(HttpStatus.BAD_REQUEST, "bad-value", String.valueOf(failure.getMessage()));
    }

    @ExceptionHandler(SQLException.class)
    ProblemDetail store(SQLException failure) {
        LOG.error("store failure", failure);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "store-failure", "the store failed; see the server log");
    }
}
