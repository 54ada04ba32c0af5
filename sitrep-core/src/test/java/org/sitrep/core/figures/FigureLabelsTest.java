package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FigureLabelsTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "zh-CN"})
    void labelsAndDefinesEveryFigureDistributionUnitSectionAndHeadline(String language) {
        FigureLabels labels = FigureLabels.of(Locale.forLanguageTag(language));
        for (FigureId figure : FigureId.values()) {
            assertThat(labels.label(figure.id())).as(figure.id()).isNotBlank();
            assertThat(labels.definition(figure.id())).as(figure.id()).isNotBlank();
        }
        for (DistributionId distribution : DistributionId.values()) {
            assertThat(labels.label(distribution.id())).as(distribution.id()).isNotBlank();
            assertThat(labels.definition(distribution.id()))
                    .as(distribution.id())
                    .isNotBlank();
        }
        for (Unit unit : Unit.values()) {
            assertThat(labels.unit(unit)).isNotBlank();
        }
        for (Section section : Section.values()) {
            assertThat(labels.section(section)).isNotBlank();
        }
        for (Headline headline : Headline.values()) {
            assertThat(labels.headline(headline)).isNotBlank();
        }
    }

    @Test
    void readsChineseForChineseAndEnglishForAnyOtherLanguage() {
        assertThat(FigureLabels.of(Locale.SIMPLIFIED_CHINESE).label("malware.infected_hosts"))
                .isEqualTo("境内感染网络病毒的主机数量");
        assertThat(FigureLabels.of(Locale.GERMAN).label("malware.infected_hosts"))
                .isEqualTo("Infected hosts");
        assertThat(FigureLabels.of(Locale.ENGLISH).key("partner-kind", "app-store"))
                .isEqualTo("App stores");
        assertThat(FigureLabels.of(Locale.CHINA).key("object", "web-application"))
                .isEqualTo("WEB应用");
        assertThat(FigureLabels.of(Locale.CHINA).key("province", "广东省")).isEqualTo("广东省");
    }
}
