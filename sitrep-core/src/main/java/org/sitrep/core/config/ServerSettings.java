package org.sitrep.core.config;

import java.util.Locale;
import java.util.Objects;

/**
 * How {@code sitrep serve} serves ({@code server:} in {@code sitrep.yaml}): the port, the address it listens on and
 * whether its log lines are plain text or JSON (Elastic Common Schema). The command line's options and the
 * {@code SITREP_PORT}, {@code SITREP_BIND} and {@code SITREP_LOG_FORMAT} environment variables come first.
 */
public record ServerSettings(int port, String bind, LogFormat logFormat) {

    /** One line per event either way; JSON for a log collector. */
    public enum LogFormat {
        PLAIN,
        JSON;

        public static LogFormat of(String id) {
            return switch (id.strip().toLowerCase(Locale.ROOT)) {
                case "plain" -> PLAIN;
                case "json" -> JSON;
                default -> throw new IllegalArgumentException("log_format is plain or json, was '" + id + "'");
            };
        }
    }

    public static final ServerSettings DEFAULTS = new ServerSettings(8080, "127.0.0.1", LogFormat.PLAIN);

    public ServerSettings {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be from 1 to 65535, was " + port);
        }
        Objects.requireNonNull(bind, "bind is required");
        if (bind.isBlank()) {
            throw new IllegalArgumentException("bind must be an address, such as 127.0.0.1 or 0.0.0.0");
        }
        Objects.requireNonNull(logFormat, "log_format is required");
    }
}
