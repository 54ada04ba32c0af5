package org.sitrep.core.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RejectCodeTest {

    @Test
    void docsFormatsListsEveryCodeAndNoOther() throws IOException {
        String docs = Files.readString(Path.of("../docs/formats.md"));
        String table = docs.substring(docs.indexOf("## Reject codes"));
        table = table.substring(0, table.indexOf("\n\n", table.indexOf("| code |")));
        Set<String> documented = Pattern.compile("`([a-z-]+)`")
                .matcher(table)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toSet());

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(RejectCode.values()).map(RejectCode::code).toList());
    }

    @Test
    void aRejectNamesOnlyAKnownCode() {
        assertThat(new ParseOutcome.Rejected("url", RejectCode.BAD_URL, "x").code())
                .isEqualTo("bad-url");
        assertThat(new ParseOutcome.Rejected(null, "bad-framing", "x").reason()).isEqualTo(RejectCode.BAD_FRAMING);
        assertThatThrownBy(() -> new ParseOutcome.Rejected(null, "bad-row", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad-row");
    }

    @Test
    void guardTurnsAFramingErrorIntoBadFramingAndAThrownFieldIntoItsReject() {
        RecordParser guarded = RecordGuard.around(record -> {
            throw new BadField("port", RejectCode.BAD_PORT, "port is not a number");
        });

        assertThat(guarded.parse(RawRecord.unframed(4, "1,\"x\"y", "unreadable CSV row")))
                .isEqualTo(new ParseOutcome.Rejected(null, RejectCode.BAD_FRAMING, "unreadable CSV row"));
        assertThat(guarded.parse(RawRecord.ofText(5, "1,x")))
                .isEqualTo(new ParseOutcome.Rejected("port", RejectCode.BAD_PORT, "port is not a number"));
        assertThat(RecordGuard.around(guarded)).isSameAs(guarded);
    }
}
