package org.sitrep.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.Grade;
import tools.jackson.databind.json.JsonMapper;

class AssessmentJsonTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @Test
    void travelsAsJsonWithEveryStep() {
        Assessment assessment = new Assessor(RatingConfig.defaults())
                .assess(
                        Fixtures.flat(29, 9)
                                .worstCase(Grade.LARGE)
                                .infrastructure(Grade.LARGE)
                                .dosCases(2, List.of(1L, 1L, 1L, 1L))
                                .vulnerabilities(new NotableVulnerability("CVE-2024-0002", 9.8, true, false))
                                .build(),
                        new BandOverride(Band.FAIR, "seasonal peak", "li.wei", Instant.parse("2024-11-11T02:00:00Z")));

        // Every pressure 30 / 10 = 3 ⇒ index 3 > 2.00 ⇒ 危 computed; the analyst publishes 中.
        String json = mapper.writeValueAsString(assessment);

        assertThat(mapper.readValue(json, Assessment.class)).isEqualTo(assessment);
        assertThat(json)
                .contains("\"finalBand\":\"FAIR\"")
                .contains("\"computedBand\":\"CRITICAL\"")
                .contains("\"indicator\":\"INFECTED_HOSTS\"")
                .contains("\"at\":\"2024-11-11T02:00:00Z\"");
    }
}
