package org.sitrep.ingest.enrich.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.event.BulletinKind;
import org.sitrep.core.event.KindMapping;

class RecentKindsTest {

    @Test
    void answersAsTheMappingDoesWhenAskedAgain() {
        KindMapping mapping = KindMapping.defaults();
        RecentKinds kinds = new RecentKinds(mapping);
        List<String[]> classifications = List.of(
                new String[] {"infected-system", "mirai"},
                new String[] {"system-compromise", "defacement"},
                new String[] {"system-compromise", "webshell"},
                new String[] {"System-Compromise", null},
                new String[] {"backdoor", null},
                new String[] {"phishing", ""},
                new String[] {"scanner", null},
                new String[] {"malware-distribution", "emotet"});

        for (int round = 0; round < 3; round++) {
            for (String[] classification : classifications) {
                BulletinKind expected =
                        mapping.kindOf(classification[0], classification[1]).orElse(null);
                assertThat(kinds.kindOf(classification[0], classification[1]))
                        .as(Arrays.toString(classification))
                        .isEqualTo(expected);
            }
        }
        assertThat(kinds.kindOf("infected-system", "mirai")).isEqualTo(BulletinKind.INFECTED);
        assertThat(kinds.kindOf("scanner", null)).isEqualTo(BulletinKind.OTHER);
        RecentKinds phishingOnly = new RecentKinds(
                new KindMapping(List.of(new KindMapping.Rule("phishing", null, BulletinKind.PHISHING))));
        assertThat(phishingOnly.kindOf("scanner", null)).isNull();
    }
}
