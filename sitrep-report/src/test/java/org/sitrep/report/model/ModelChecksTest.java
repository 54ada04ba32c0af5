package org.sitrep.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.core.figures.Headline;
import org.sitrep.report.BulletinFixtures;

class ModelChecksTest {

    @Test
    void rejectsNullsNamingTheField() {
        assertThatThrownBy(() -> new Overview(RatingBand.GOOD, null, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("infrastructureIncidents must not be null");
        assertThatThrownBy(() -> new Blocklist(List.of(), null, List.of())).hasMessage("domains must not be null");
    }

    @Test
    void rejectsNegativeCounts() {
        assertThatThrownBy(() -> new WeekCount(-1, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("thisWeek");
    }

    @Test
    void copiesLists() {
        List<String> urls = new ArrayList<>(List.of("http://example.com/a"));
        Blocklist blocklist = new Blocklist(urls, List.of(), List.of());
        urls.clear();
        assertThat(blocklist.urls()).containsExactly("http://example.com/a");
    }

    @Test
    void headlineTakesTheEightRowsFromTheSections() {
        BulletinView view = BulletinFixtures.week45();
        assertThat(view.headline())
                .extracting(BulletinView.HeadlineRow::indicator)
                .containsExactly(Headline.values());
        assertThat(view.headline().get(3).count()).isEqualTo(new WeekCount(1793, 0));
    }
}
