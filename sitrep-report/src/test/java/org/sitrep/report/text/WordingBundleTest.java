package org.sitrep.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The English bundle is complete: the same keys as the Chinese one, each template with the same placeholders. */
class WordingBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9]+)}");

    private final ResourceBundle chinese = bundle(Locale.SIMPLIFIED_CHINESE);
    private final ResourceBundle english = bundle(Locale.ENGLISH);

    @Test
    void englishHasEveryKeyOfChinese() {
        assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(chinese.keySet());
    }

    @Test
    void templatesShareTheirPlaceholdersAcrossLanguages() {
        for (String key : chinese.keySet()) {
            Set<String> zh = placeholders(chinese.getString(key));
            Set<String> en = placeholders(english.getString(key));
            // Dates are written differently (11月4日 / Nov 4); the English totals also carry their changes.
            if (!Set.of("title.issue", "websites.totals").contains(key)) {
                assertThat(en).as(key).isEqualTo(zh);
            }
        }
    }

    @Test
    void englishSentencesAreEnglish() {
        for (String key : english.keySet()) {
            assertThat(english.getString(key)).as(key).doesNotContainPattern("\\p{IsHan}");
        }
    }

    private static Set<String> placeholders(String template) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        return matcher.results().map(result -> result.group(1)).collect(Collectors.toSet());
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(
                "org.sitrep.report.text.bulletin",
                locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
