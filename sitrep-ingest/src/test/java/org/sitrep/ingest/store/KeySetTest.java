package org.sitrep.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeySetTest {

    @Test
    void aKeyIsNewOnlyTheFirstTime() {
        KeySet keys = new KeySet(4);

        assertThat(keys.add(42)).isTrue();
        assertThat(keys.add(42)).isFalse();
        assertThat(keys.add(0)).isTrue();
        assertThat(keys.add(0)).isFalse();
        assertThat(keys.add(-1)).isTrue();
        assertThat(keys.add(Long.MIN_VALUE)).isTrue();
        assertThat(keys.add(Long.MIN_VALUE)).isFalse();
    }

    @Test
    void agreesWithAHashSetOnSeededRandomKeysWithRepeats() {
        Random random = new Random(7);
        KeySet keys = new KeySet(5000);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            long key = random.nextInt(3000) * 0x1_0000_0001L;
            assertThat(keys.add(key)).isEqualTo(expected.add(key));
        }
    }

    @Test
    void growsPastItsFirstSizeAndKeepsEveryKey() {
        Random random = new Random(11);
        KeySet keys = new KeySet(2);
        Set<Long> expected = new HashSet<>();
        for (int i = 0; i < 100_000; i++) {
            long key = random.nextLong(60_000) - 30_000;
            assertThat(keys.add(key)).isEqualTo(expected.add(key));
        }
        assertThat(keys.size()).isEqualTo(expected.size());
    }

    @Test
    void clearForgetsEveryKey() {
        KeySet keys = new KeySet(2);
        keys.add(5);
        keys.add(0);

        keys.clear();

        assertThat(keys.contains(5)).isFalse();
        assertThat(keys.contains(0)).isFalse();
        assertThat(keys.size()).isZero();
        assertThat(keys.add(5)).isTrue();
        assertThat(keys.add(0)).isTrue();
        assertThat(keys.contains(5)).isTrue();
    }
}
