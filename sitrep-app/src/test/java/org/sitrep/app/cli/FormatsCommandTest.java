package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.core.event.KindMapping;
import picocli.CommandLine;

class FormatsCommandTest {

    @TempDir
    Path data;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = SitrepCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void printsTheDefaultKindsRuleByRule() {
        assertThat(run("--data", data.toString(), "formats", "--kinds"))
                .as(err.toString())
                .isZero();

        assertThat(out.toString())
                .startsWith("bulletin kinds from the built-in defaults")
                .containsPattern("\\*\\s+compromised-website\\s+defacement\\n")
                .containsPattern("unauthorised-information-modification\\s+\\*\\s+defacement\\n")
                .containsPattern("vulnerable-system\\s+\\*\\s+vulnerable \\(not in the bulletin\\)")
                .containsPattern("\\*\\s+\\*\\s+other \\(not in the bulletin\\)");
        // a heading, a row per rule and the closing sentence
        assertThat(out.toString().lines())
                .hasSize(KindMapping.defaults().rules().size() + 3);
    }

    @Test
    void printsTheKindsOfTheDataDirectorysConfiguration() throws Exception {
        Files.writeString(
                data.resolve("sitrep.yaml"),
                "bulletin_kinds:\n  - {type: system-compromise, identifier: compromised-website, kind: backdoor}\n",
                StandardCharsets.UTF_8);

        assertThat(run("--data", data.toString(), "formats", "--kinds"))
                .as(err.toString())
                .isZero();

        assertThat(out.toString())
                .startsWith("bulletin kinds from " + data.resolve("sitrep.yaml"))
                .containsPattern("system-compromise\\s+compromised-website\\s+backdoor\\n");
        assertThat(out.toString().lines()).hasSize(4);
    }

    @Test
    void stillListsTheFormatsWithoutKinds() {
        assertThat(run("--data", data.toString(), "formats")).isZero();

        assertThat(out.toString()).contains("intelmq-jsonl").contains("misp-event");
    }
}
