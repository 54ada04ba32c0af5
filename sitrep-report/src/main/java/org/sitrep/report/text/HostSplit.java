package org.sitrep.report.text;

import java.math.BigDecimal;
import org.sitrep.report.model.MalwareSection;

/**
 * Infected hosts in 万 with one decimal, total and two parts, such that the parts add up as written: each part is
 * rounded on its own and, when the rounded total differs from the sum of the rounded parts by 0.1 (a pure rounding
 * artefact), the total is written as that sum. A larger difference is real (hosts counted in both categories) and
 * the rounded total stands.
 *
 * <p>A week's total is always written from its own split, in its own issue and in the next issue's headline table
 * alike ({@link #lastWeek}), so that a published number reads the same wherever it reappears.
 */
public record HostSplit(BigDecimal total, BigDecimal first, BigDecimal second) {

    private static final BigDecimal ROUNDING_GAP = new BigDecimal("0.1");

    /** This week's hosts as the section writes them. */
    public static HostSplit thisWeek(MalwareSection malware) {
        return of(
                malware.infectedHosts().thisWeek(),
                malware.trojanOrBotHosts().thisWeek(),
                malware.wormHosts().thisWeek());
    }

    /** Last week's hosts as last week's issue wrote them: from last week's own split. */
    public static HostSplit lastWeek(MalwareSection malware) {
        return of(
                malware.infectedHosts().lastWeek(),
                malware.trojanOrBotHosts().lastWeek(),
                malware.wormHosts().lastWeek());
    }

    public static HostSplit of(long total, long first, long second) {
        BigDecimal roundedFirst = Decimals.tenThousands(first);
        BigDecimal roundedSecond = Decimals.tenThousands(second);
        BigDecimal roundedTotal = Decimals.tenThousands(total);
        BigDecimal sum = roundedFirst.add(roundedSecond);
        boolean roundingArtefact =
                total == first + second && roundedTotal.subtract(sum).abs().compareTo(ROUNDING_GAP) <= 0;
        return new HostSplit(roundingArtefact ? sum : roundedTotal, roundedFirst, roundedSecond);
    }
}
