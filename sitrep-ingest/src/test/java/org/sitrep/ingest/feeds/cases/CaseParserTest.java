package org.sitrep.ingest.feeds.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.core.cases.Case;
import org.sitrep.core.cases.CaseStatus;
import org.sitrep.core.cases.CaseType;
import org.sitrep.core.cases.Channel;
import org.sitrep.core.cases.Grade;
import org.sitrep.core.cases.Partner;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.parse.FormatContext;
import org.sitrep.core.parse.ParseOutcome;
import org.sitrep.core.parse.RawRecord;
import org.sitrep.core.parse.RecordParser;
import org.sitrep.core.parse.Sample;
import org.sitrep.ingest.feeds.GarbageLines;

class CaseParserTest {

    private final CasesJsonlFormat format = new CasesJsonlFormat();
    private final RecordParser parser = format.parser(new FormatContext("c.jsonl", null));

    @Test
    void readsEveryField() throws Exception {
        String line = new String(
                        getClass().getResourceAsStream("phishing-case.jsonl").readAllBytes(), StandardCharsets.UTF_8)
                .strip();

        Case parsed = ((ParseOutcome.Cases) parser.parse(RawRecord.ofText(1, line)))
                .cases()
                .getFirst();

        assertThat(parsed.id()).isEqualTo("CASE-2026-0042");
        assertThat(parsed.type()).isEqualTo(CaseType.PHISHING);
        assertThat(parsed.grade()).isEqualTo(Grade.LARGE);
        assertThat(parsed.reportedAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));
        assertThat(parsed.channel()).isEqualTo(Channel.COMPLAINT);
        assertThat(parsed.targetCountries()).containsExactly("US");
        assertThat(parsed.partners())
                .containsExactly(
                        new Partner("Example Registrar", PartnerKind.REGISTRAR, "US"),
                        new Partner("Example CERT", PartnerKind.FOREIGN_CERT, "US"));
        assertThat(parsed.status()).isEqualTo(CaseStatus.RESOLVED);
        assertThat(parsed.closedAt()).isEqualTo(Instant.parse("2026-11-25T10:00:00Z"));
        assertThat(parsed.crossBorder("CN")).isTrue();
        assertThat(format.detect(new Sample("x", List.of(line)))).isEqualTo(90);
    }

    @Test
    void gradeIsReadInEnglishToo() {
        Case parsed = ((ParseOutcome.Cases)
                        parser.parse(
                                RawRecord.ofText(
                                        1,
                                        "{\"id\":\"C-1\",\"type\":\"dos\",\"grade\":\"major\",\"reported_at\":\"2026-11-23T03:00:00Z\"}")))
                .cases()
                .getFirst();

        assertThat(parsed.grade()).isEqualTo(Grade.MAJOR);
        assertThat(parsed.status()).isEqualTo(CaseStatus.NEW);
    }

    @Test
    void rejectsBadRecordsNamingTheField() {
        String start = "{\"id\":\"C-1\",\"type\":\"phishing\",\"reported_at\":\"2026-11-23T03:00:00Z\"";
        assertThat(reject("{\"id\":\"C-1\",\"reported_at\":\"2026-11-23T03:00:00Z\"}"))
                .isEqualTo("type/missing-field");
        assertThat(reject(start + ",\"type\":\"alien\"}")).isEqualTo("type/bad-value");
        assertThat(reject(start + ",\"status\":\"resolved\"}")).isEqualTo("closed_at/missing-field");
        assertThat(reject(start + ",\"reporter_country\":\"China\"}")).isEqualTo("reporter_country/bad-country");
        assertThat(reject(start + ",\"partners\":[{\"name\":\"X\",\"kind\":\"bank\"}]}"))
                .isEqualTo("partners.kind/bad-value");
        assertThat(reject(start + ",\"partners\":\"X\"}")).isEqualTo("partners/wrong-type");
    }

    private String reject(String line) {
        ParseOutcome.Rejected rejected = (ParseOutcome.Rejected) parser.parse(RawRecord.ofText(1, line));
        return rejected.field() + "/" + rejected.code();
    }

    static List<String> garbage() {
        return GarbageLines.lines(11, 200);
    }

    @ParameterizedTest
    @MethodSource("garbage")
    void garbageIsRejectedNeverThrown(String line) {
        assertThat(parser.parse(RawRecord.ofText(1, line)))
                .isInstanceOfAny(ParseOutcome.Rejected.class, ParseOutcome.Cases.class);
    }
}
