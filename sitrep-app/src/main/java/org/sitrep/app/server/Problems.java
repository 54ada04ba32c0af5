package org.sitrep.app.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details with a stable {@code type} per problem: {@code /problems/<slug>}, each one listed in
 * {@code docs/api.md}. Clients decide on the type, never on the title's words.
 */
public final class Problems {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {}

    /** A problem of type {@code /problems/<slug>}. */
    public static ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("/problems/" + slug));
        return problem;
    }

    /** Writes a problem as the whole response (for the security filters, which answer before any controller). */
    public static void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        var body = JSON.createObjectNode()
                .put("type", String.valueOf(problem.getType()))
                .put("title", problem.getTitle())
                .put("status", problem.getStatus())
                .put("detail", problem.getDetail());
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
