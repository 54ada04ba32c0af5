package org.sitrep.core.parse;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a parser may know about its input.
 *
 * @param fileName the input's file name (some feeds, such as Shadowserver, carry the report type in it)
 * @param clock the time source for fields a feed leaves out ({@code time.observation})
 * @param settings the feed's keys under {@code feeds.<format name>} in {@code sitrep.yaml}, empty when none are set
 */
public record FormatContext(String fileName, Clock clock, Map<String, Object> settings) {

    private static final JsonMapper CONFIG = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public FormatContext {
        fileName = fileName == null ? "" : fileName;
        clock = clock == null ? Clock.systemUTC() : clock;
        settings = settings == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** A context without feed settings: every feed takes its defaults. */
    public FormatContext(String fileName, Clock clock) {
        this(fileName, clock, Map.of());
    }

    /**
     * The feed's configuration record: its defaults with each key set in {@code sitrep.yaml} laid over them (a key
     * replaces the default's value as a whole; keys are snake case). An unknown key or a value of the wrong kind is
     * an {@link IllegalArgumentException} naming it.
     */
    public <T> T config(Class<T> type, T defaults) {
        if (settings.isEmpty()) {
            return defaults;
        }
        try {
            ObjectNode merged = CONFIG.valueToTree(defaults);
            merged.setAll((ObjectNode) CONFIG.valueToTree(settings));
            return CONFIG.treeToValue(merged, type);
        } catch (JacksonException | IllegalArgumentException e) {
            String message = e instanceof JacksonException jackson ? jackson.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException(
                    "sitrep.yaml feeds: settings for " + type.getSimpleName() + " cannot be read: "
                            + String.valueOf(message).lines().findFirst().orElse(""),
                    e);
        }
    }
}
