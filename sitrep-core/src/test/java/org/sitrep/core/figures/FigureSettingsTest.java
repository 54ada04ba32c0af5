package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureSettingsTest {

    @Test
    void defaultsToChinaShanghaiConfickerAndDuckDb() {
        FigureSettings settings = FigureSettings.defaults();
        assertThat(settings.homeCountry()).isEqualTo("CN");
        assertThat(settings.zone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
        assertThat(settings.wormFamilies()).containsExactly("conficker", "downadup");
        assertThat(settings.dialect()).isEqualTo("duckdb");
        assertThat(settings.wormParameter()).isEqualTo(",conficker,downadup,");
    }

    @Test
    void normalisesCountryAndFamilies() {
        FigureSettings settings =
                new FigureSettings("de", ZoneId.of("Europe/Berlin"), List.of(" Conficker ", "SLAMMER"), "postgres");
        assertThat(settings.homeCountry()).isEqualTo("DE");
        assertThat(settings.wormFamilies()).containsExactly("conficker", "slammer");
    }

    @Test
    void rejectsWhatWouldBreakTheWormMatch() {
        assertThatThrownBy(() -> FigureSettings.defaults().withWormFamilies(List.of("a,b")))
                .hasMessageContaining("without commas");
        assertThatThrownBy(() -> FigureSettings.defaults().withWormFamilies(List.of(" ")))
                .hasMessageContaining("non-empty");
        assertThatThrownBy(() -> new FigureSettings("CHN", ZoneId.of("UTC"), List.of(), "duckdb"))
                .hasMessageContaining("alpha-2");
        assertThatThrownBy(() -> new FigureSettings("CN", null, List.of(), "duckdb"))
                .hasMessageContaining("zone");
    }
}
