package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.figures.Unit;

class FigureTableTest {

    @Test
    void countsChineseCharactersTwoColumnsWide() {
        assertThat(FigureTable.width("abc")).isEqualTo(3);
        assertThat(FigureTable.width("广东省")).isEqualTo(6);
        assertThat(FigureTable.width("WEB应用")).isEqualTo(7);
    }

    @Test
    void alignsLabelsLeftAndNumbersRightByDisplayWidth() {
        StringWriter text = new StringWriter();
        FigureTable.printAligned(
                List.of(new String[] {"广东省", "12"}, new String[] {"other", "3"}), new PrintWriter(text));
        // widths: label 6 (广东省), number 2
        assertThat(text.toString().lines()).containsExactly("  广东省  12", "  other    3");
    }

    @Test
    void writesCountsPlainAndSharesWithOneDecimal() {
        assertThat(FigureTable.value(578_000L, Unit.HOSTS)).isEqualTo("578000");
        assertThat(FigureTable.value(200.0 / 3, Unit.PERCENT)).isEqualTo("66.7%");
        assertThat(FigureTable.value(2.5, Unit.RATIO)).isEqualTo("2.5");
        assertThat(FigureTable.value(null, Unit.PERCENT)).isEqualTo("–");
    }
}
