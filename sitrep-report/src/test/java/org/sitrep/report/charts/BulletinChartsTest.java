package org.sitrep.report.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.report.BulletinFixtures;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.Language;

class BulletinChartsTest {

    @Test
    void everyFigureIsAnSvgWithAViewBoxAndItsOwnIds() {
        Map<FigureKind, String> charts = BulletinCharts.draw(BulletinFixtures.week45(), Language.CHINESE);

        assertThat(charts).containsOnlyKeys(FigureKind.values());
        charts.forEach((kind, svg) -> {
            assertThat(svg)
                    .as(kind.name())
                    .startsWith("<svg")
                    .contains("viewBox=")
                    .endsWith("</svg>");
            assertThat(svg).as(kind.name()).contains("id='figure-" + kind.number() + "'");
            assertThat(svg).as(kind.name()).contains("WenQuanYi Micro Hei").contains("Droid Sans Fallback");
        });
    }

    @Test
    void labelsAreInTheBulletinsLanguage() {
        Map<FigureKind, String> zh = BulletinCharts.draw(BulletinFixtures.week45(), Language.CHINESE);
        Map<FigureKind, String> en = BulletinCharts.draw(BulletinFixtures.week45(), Language.ENGLISH);

        assertThat(zh.get(FigureKind.INFECTED_TREND)).contains("木马或僵尸程序").contains("45周");
        assertThat(zh.get(FigureKind.INFECTED_BY_PROVINCE)).contains("广东省").contains("内蒙古自治区");
        assertThat(zh.get(FigureKind.VULNERABILITY_BY_OBJECT)).contains("应用程序");
        assertThat(en.get(FigureKind.INFECTED_TREND))
                .contains("Trojans or bots")
                .contains("W45");
        assertThat(en.get(FigureKind.INFECTED_BY_PROVINCE))
                .contains("Guangdong")
                .contains("120,000");
        assertThat(en.get(FigureKind.CASES_BY_TYPE)).contains("phishing");
    }

    @Test
    void printChartsAreSizedInMillimetres() {
        String svg = BulletinCharts.drawForPdf(BulletinFixtures.week45(), Language.CHINESE)
                .get(FigureKind.INFECTED_TREND);

        // 640 × 300 CSS pixels at 96 dpi, shrunk to 96 %: 162.6 mm × 76.2 mm.
        assertThat(svg)
                .startsWith("<svg style=\"width: 162.6mm; height: 76.2mm\" ")
                .contains("viewBox=");
    }
}
