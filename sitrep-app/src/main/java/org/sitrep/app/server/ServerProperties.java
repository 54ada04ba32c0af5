package org.sitrep.app.server;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sitrep.*}: the data directory the server owns ({@code --data}, or {@code SITREP_DATA}). */
@ConfigurationProperties("sitrep")
public record ServerProperties(Path data) {}
