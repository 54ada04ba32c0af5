package org.sitrep.app.bulletins;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.cases.PartnerKind;
import org.sitrep.core.figures.Distribution;
import org.sitrep.core.figures.DistributionId;
import org.sitrep.report.model.Counted;
import org.sitrep.report.model.TargetSector;
import org.sitrep.report.text.Provinces;

class KeysTest {

    private final List<String> warnings = new ArrayList<>();

    private Keys keys(DistributionId id, Map<String, Long> entries) {
        List<Distribution.Entry> list = entries.entrySet().stream()
                .map(entry -> new Distribution.Entry(entry.getKey(), entry.getValue()))
                .sorted((a, b) -> Long.compare(b.count(), a.count()))
                .toList();
        Distribution distribution = new Distribution(id.id(), id.section(), id.unit(), list);
        return new Keys(wanted -> distribution, warnings::add);
    }

    @Test
    void anUnknownSectorCountsAsOtherMergedWithTheOtherSectorAndIsWarnedOf() {
        Keys keys = keys(
                DistributionId.PHISHING_BY_SECTOR, Map.of("bank", 5L, "other", 2L, "unknown", 3L, "aerospace", 1L));

        List<Counted<TargetSector>> entries =
                keys.named(DistributionId.PHISHING_BY_SECTOR, TargetSector::fromId, TargetSector.OTHER);

        assertThat(entries)
                .containsExactly(new Counted<>(TargetSector.OTHER, 6L), new Counted<>(TargetSector.BANK, 5L));
        assertThat(warnings)
                .containsExactlyInAnyOrder(
                        "figure PHISHING_BY_SECTOR has 3 of key 'unknown', which the bulletin cannot name;"
                                + " shown as other/unknown",
                        "figure PHISHING_BY_SECTOR has 1 of key 'aerospace', which the bulletin cannot name;"
                                + " shown as other/unknown");
    }

    @Test
    void anUnknownPartnerKindCountsAsOther() {
        Keys keys = keys(DistributionId.CASES_BY_PARTNER_KIND, Map.of("registrar", 4L, "ngo", 1L));

        assertThat(keys.named(DistributionId.CASES_BY_PARTNER_KIND, PartnerKind::fromId, PartnerKind.OTHER))
                .containsExactly(new Counted<>(PartnerKind.REGISTRAR, 4L), new Counted<>(PartnerKind.OTHER, 1L));
        assertThat(warnings).hasSize(1);
    }

    @Test
    void hostsOfNoKnownProvinceAreShownAsOtherUnknown() {
        Keys keys = keys(DistributionId.INFECTED_BY_PROVINCE, Map.of("广东省", 7L, "unknown", 2L));

        assertThat(keys.provinces(DistributionId.INFECTED_BY_PROVINCE))
                .containsExactly(new Counted<>("广东省", 7L), new Counted<>(Provinces.UNKNOWN, 2L));
        assertThat(Provinces.chinese(Provinces.UNKNOWN)).isEqualTo("其他/未知");
        assertThat(Provinces.english(Provinces.UNKNOWN)).isEqualTo("other/unknown");
        assertThat(warnings)
                .containsExactly("figure INFECTED_BY_PROVINCE has 2 without a known province; shown as other/unknown");
    }

    @Test
    void knownKeysPassWithoutWarning() {
        Keys keys = keys(DistributionId.PHISHING_BY_SECTOR, Map.of("bank", 5L, "e-commerce", 2L));

        assertThat(keys.named(DistributionId.PHISHING_BY_SECTOR, TargetSector::fromId, TargetSector.OTHER))
                .containsExactly(new Counted<>(TargetSector.BANK, 5L), new Counted<>(TargetSector.E_COMMERCE, 2L));
        assertThat(warnings).isEmpty();
    }
}
