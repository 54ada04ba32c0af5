package org.sitrep.core.figures;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetListTest {

    @Test
    void readsAJsonArrayOfStrings() {
        assertThat(TargetList.parse("[\"https://a.example/x?a=1,2\", \"b\\\"q\", \"\\u0041pp\"]"))
                .containsExactly("https://a.example/x?a=1,2", "b\"q", "App");
    }

    @Test
    void readsASeparatedList() {
        assertThat(TargetList.parse(" a.example ; b.example,c.example\n"))
                .containsExactly("a.example", "b.example", "c.example");
    }

    @Test
    void readsNothingFromNothing() {
        assertThat(TargetList.parse(null)).isEmpty();
        assertThat(TargetList.parse("  ")).isEmpty();
        assertThat(TargetList.parse("[]")).isEmpty();
    }
}
