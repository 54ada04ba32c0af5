package org.sitrep.report.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.core.week.IsoWeek;

class TextRulesTest {
    private final Wording chinese = Wording.of(Language.CHINESE);
    private final Wording english = Wording.of(Language.ENGLISH);

    @Test
    void changeRisesFromUnroundedCounts() {
        // (578898 − 493500) / 493500 = 17.304…%
        assertThat(WeekChange.of(578_898, 493_500)).isEqualTo(new WeekChange.Rise(new BigDecimal("17.3")));
        assertThat(chinese.change(WeekChange.of(578_898, 493_500))).isEqualTo("较上周环比上升了17.3%");
        assertThat(english.change(WeekChange.of(578_898, 493_500))).isEqualTo("up 17.3% from last week");
    }

    @Test
    void changeFallsAsAnAbsoluteValue() {
        // 3142 → 2836: 306 / 3142 = 9.739…%
        assertThat(chinese.change(WeekChange.of(2836, 3142))).isEqualTo("较上周环比下降了9.7%");
        assertThat(english.change(WeekChange.of(2836, 3142))).isEqualTo("down 9.7% from last week");
    }

    @Test
    void changeRoundsHalfUp() {
        // 1 / 8 = 12.5% exactly … 1 / 16 = 6.25% → 6.3
        assertThat(WeekChange.of(17, 16)).isEqualTo(new WeekChange.Rise(new BigDecimal("6.3")));
    }

    @Test
    void sameCountIsUnchanged() {
        assertThat(chinese.change(WeekChange.of(47, 47))).isEqualTo("与上周持平");
        assertThat(english.change(WeekChange.of(47, 47))).isEqualTo("unchanged from last week");
    }

    @Test
    void noClauseWhenLastWeekWasZero() {
        assertThat(WeekChange.of(1793, 0)).isEqualTo(new WeekChange.Undefined());
        assertThat(chinese.changeClause(WeekChange.of(1793, 0))).isEmpty();
        assertThat(english.changeClause(WeekChange.of(0, 0))).isEmpty();
        assertThat(chinese.changeClause(WeekChange.of(29, 25))).isEqualTo("，较上周环比上升了16.0%");
    }

    @Test
    void partsAddUpWhenTheRoundedTotalWouldNot() {
        // 32.2449 → 32.2 and 25.6449 → 25.6; the total 57.8898 alone would round to 57.9.
        HostSplit split = HostSplit.of(578_898, 322_449, 256_449);
        assertThat(split.first()).isEqualByComparingTo("32.2");
        assertThat(split.second()).isEqualByComparingTo("25.6");
        assertThat(split.total()).isEqualByComparingTo("57.8");
    }

    @Test
    void totalStandsWhenItAlreadyAddsUp() {
        // 322449 + 255549 = 577998: 32.2 + 25.6 = 57.8 and 57.7998 → 57.8.
        assertThat(HostSplit.of(577_998, 322_449, 255_549).total()).isEqualByComparingTo("57.8");
    }

    @Test
    void totalStandsWhenHostsAreCountedInBothCategories() {
        // 300000 distinct hosts, 200000 + 150000 by category: the overlap is real, not rounding.
        assertThat(HostSplit.of(300_000, 200_000, 150_000).total()).isEqualByComparingTo("30.0");
    }

    @Test
    void tenThousandsAreWrittenWithOneDecimalInChineseAndInFullInEnglish() {
        assertThat(Language.CHINESE.tenThousands(new BigDecimal("57.8"))).isEqualTo("57.8");
        assertThat(Language.CHINESE.tenThousands(new BigDecimal("30"))).isEqualTo("30.0");
        assertThat(Language.ENGLISH.tenThousands(new BigDecimal("57.8"))).isEqualTo("578,000");
    }

    @Test
    void countsHaveNoSeparatorInChineseAndThousandsSeparatorsInEnglish() {
        assertThat(Language.CHINESE.count(123_456)).isEqualTo("123456");
        assertThat(Language.ENGLISH.count(123_456)).isEqualTo("123,456");
        assertThat(Language.ENGLISH.count(999)).isEqualTo("999");
    }

    @Test
    void sharesHaveOneDecimal() {
        assertThat(Decimals.share(381, 4988)).isEqualByComparingTo("7.6");
        assertThat(Decimals.share(29, 1793)).isEqualByComparingTo("1.6");
        assertThat(Decimals.share(98, 175)).isEqualByComparingTo("56.0");
        assertThatThrownBy(() -> Decimals.share(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pagesPerIpAreAWholeNumber() {
        assertThat(Decimals.ratio(1417, 228)).isEqualTo(6); // 6.21
        assertThat(Decimals.ratio(6663, 512)).isEqualTo(13); // 13.01
        assertThat(Decimals.ratio(5, 2)).isEqualTo(3); // 2.5 rounds half-up
    }

    @Test
    void provincesCarryTheirSuffix() {
        assertThat(Provinces.chinese("广东")).isEqualTo("广东省");
        assertThat(Provinces.chinese("广西")).isEqualTo("广西壮族自治区");
        assertThat(Provinces.chinese("北京")).isEqualTo("北京市");
        assertThat(Provinces.chinese("内蒙古")).isEqualTo("内蒙古自治区");
        assertThat(Provinces.chinese("浙江省")).isEqualTo("浙江省");
        assertThat(Provinces.english("陕西省")).isEqualTo("Shaanxi");
        assertThat(Provinces.english("山西")).isEqualTo("Shanxi");
        assertThat(Provinces.chinese("Atlantis")).isEqualTo("Atlantis");
    }

    @Test
    void topThreeAreNamedAsEachLanguageDoes() {
        assertThat(chinese.list(List.of("广东省", "浙江省", "江苏省"))).isEqualTo("广东省、浙江省和江苏省");
        assertThat(english.list(List.of("Guangdong", "Zhejiang", "Jiangsu")))
                .isEqualTo("Guangdong, Zhejiang and Jiangsu");
        assertThat(chinese.list(List.of("A", "B"))).isEqualTo("A和B");
        assertThat(english.list(List.of("A"))).isEqualTo("A");
        assertThat(chinese.listAlso(List.of("软件高危漏洞", "恶意代码传播", "网站攻击"))).isEqualTo("软件高危漏洞、恶意代码传播以及网站攻击");
    }

    @Test
    void titlesFollowTheIsoWeek() {
        assertThat(IssueTitle.full(new IsoWeek(2024, 45), chinese)).isEqualTo("网络安全信息与动态周报2024年第45期（11月4日-11月10日）");
        assertThat(IssueTitle.full(new IsoWeek(2024, 45), english))
                .isEqualTo("Cyber Security Weekly Bulletin 2024 No. 45 (Nov 4 – Nov 10)");
        // 2020-12-28..2021-01-03 is 2020 No. 53; 2019-12-30..2020-01-05 is 2020 No. 1.
        assertThat(IssueTitle.full(new IsoWeek(2020, 53), chinese)).isEqualTo("网络安全信息与动态周报2020年第53期（12月28日-1月3日）");
        assertThat(IssueTitle.full(new IsoWeek(2020, 1), english))
                .isEqualTo("Cyber Security Weekly Bulletin 2020 No. 1 (Dec 30 – Jan 5)");
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        assertThatThrownBy(() -> chinese.format("overview.rating", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("{rating}");
    }
}
