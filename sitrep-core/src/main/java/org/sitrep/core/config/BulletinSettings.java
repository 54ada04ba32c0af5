package org.sitrep.core.config;

/**
 * How the bulletin is written, beyond its wording.
 *
 * @param omitEmptySections whether a section with nothing to count this week is left out ({@code
 *     bulletin.empty_sections: omit}) rather than saying that there are no data ({@code say_no_data}, the default)
 */
public record BulletinSettings(boolean omitEmptySections) {

    public static final BulletinSettings DEFAULTS = new BulletinSettings(false);

    /** {@code say_no_data} or {@code omit}, as written in {@code sitrep.yaml}. */
    static BulletinSettings parse(String emptySections) {
        return switch (emptySections.strip()) {
            case "say_no_data" -> new BulletinSettings(false);
            case "omit" -> new BulletinSettings(true);
            default ->
                throw new IllegalArgumentException(
                        "empty_sections must be say_no_data or omit, was '" + emptySections + "'");
        };
    }
}
