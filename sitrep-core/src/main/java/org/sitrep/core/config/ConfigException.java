package org.sitrep.core.config;

/** The configuration file cannot be used; the message names the file, the key and, where known, the line. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
