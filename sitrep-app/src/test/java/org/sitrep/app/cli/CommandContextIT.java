package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.ingest.store.IngestRuns;
import org.sitrep.ingest.store.Store;

class CommandContextIT {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private CommandContext context(Path data) {
        return new CommandContext(data, new PrintWriter(err));
    }

    @Test
    void loadsTheConfigurationAndOpensTheStoreOnceAndClosesIt() throws Exception {
        Path data = dir.resolve("data");
        Store.open(data).close();
        Files.writeString(data.resolve("sitrep.yaml"), "organisation:\n  name:\n    en: Example CERT\n");
        Store store;
        try (CommandContext context = context(data)) {
            assertThat(context.config()).isSameAs(context.config());
            store = context.store();
            assertThat(context.store()).isSameAs(store);
            assertThat(context.storeForWriting(false)).isSameAs(store);
        }
        assertThat(store.connection().isClosed()).isTrue();
    }

    @Test
    void opensTheExistingStoreAsStoreOpenDoesWithItsWarnings() throws Exception {
        Path data = dir.resolve("data");
        try (Store store = Store.open(data)) {
            new IngestRuns(store.connection()).start("/feeds/cut.jsonl", "ab", null, java.time.Instant.now());
        }

        try (CommandContext context = context(data)) {
            context.store();
        }

        assertThat(err.toString())
                .contains("warning: ingest run 1 of /feeds/cut.jsonl")
                .contains("did not finish");
    }

    @Test
    void refusesADataDirectoryWithoutAStoreAndCreatesNothing() {
        Path data = dir.resolve("data");

        assertThatThrownBy(() -> {
                    try (CommandContext context = context(data)) {
                        context.store();
                    }
                })
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(
                        "no store at " + data.resolve("sitrep.duckdb").toAbsolutePath());
        assertThat(data).doesNotExist();
    }

    @Test
    void removesAStoreItCreatedWhenTheCommandWroteNothing() throws Exception {
        Path data = dir.resolve("data");
        try (CommandContext context = context(data)) {
            context.storeForWriting(false);
            assertThat(data.resolve("sitrep.duckdb")).exists();
            context.discardIfUnwritten();
        }

        assertThat(data).doesNotExist();
    }

    @Test
    void keepsAStoreItCreatedWhenTheCommandWroteIntoIt() throws Exception {
        Path data = dir.resolve("data");
        try (CommandContext context = context(data)) {
            Store store = context.storeForWriting(false);
            new IngestRuns(store.connection()).start("/feeds/a.jsonl", "ab", null, java.time.Instant.now());
            context.discardIfUnwritten();
        }

        assertThat(data.resolve("sitrep.duckdb")).exists();
    }

    @Test
    void keepsAStoreItDidNotCreate() throws Exception {
        Path data = dir.resolve("data");
        Store.open(data).close();
        try (CommandContext context = context(data)) {
            context.storeForWriting(false);
            context.discardIfUnwritten();
        }

        assertThat(data.resolve("sitrep.duckdb")).exists();
    }
}
