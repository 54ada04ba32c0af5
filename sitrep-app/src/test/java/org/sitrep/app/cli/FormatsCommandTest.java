package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.KindMapping;

class FormatsCommandTest {

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.plain();

    @Test
    void printsTheDefaultKindsRuleByRule() {
        assertThat(sitrep.run("--data", data.toString(), "formats", "--kinds"))
                .as(sitrep.err())
                .isZero();

        assertThat(sitrep.out())
                .startsWith("bulletin kinds from the built-in defaults")
                .containsPattern("\\*\\s+compromised-website\\s+defacement\\n")
                .containsPattern("unauthorised-information-modification\\s+\\*\\s+defacement\\n")
                .containsPattern("vulnerable-system\\s+\\*\\s+vulnerable \\(not in the bulletin\\)")
                .containsPattern("\\*\\s+\\*\\s+other \\(not in the bulletin\\)");
        // a heading, a row per rule and the closing sentence
        assertThat(sitrep.out().lines()).hasSize(KindMapping.defaults().rules().size() + 3);
    }

    @Test
    void printsTheKindsOfTheDataDirectorysConfiguration() throws Exception {
        Files.writeString(
                data.resolve("sitrep.yaml"),
                "bulletin_kinds:\n  - {type: system-compromise, identifier: compromised-website, kind: backdoor}\n",
                StandardCharsets.UTF_8);

        assertThat(sitrep.run("--data", data.toString(), "formats", "--kinds"))
                .as(sitrep.err())
                .isZero();

        assertThat(sitrep.out())
                .startsWith("bulletin kinds from " + data.resolve("sitrep.yaml"))
                .containsPattern("system-compromise\\s+compromised-website\\s+backdoor\\n");
        assertThat(sitrep.out().lines()).hasSize(4);
    }

    @Test
    void stillListsTheFormatsWithoutKinds() {
        assertThat(sitrep.run("--data", data.toString(), "formats")).isZero();

        assertThat(sitrep.out()).contains("intelmq-jsonl").contains("misp-event");
    }
}
