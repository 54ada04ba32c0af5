package org.sitrep.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLP 2.0 on the way out: drop sites marked AMBER, AMBER+STRICT, RED and GREEN are ingested beside CLEAR and
 * unmarked ones, the week is published, and no published file (HTML, PDF, Markdown, JSON, blocklist, Atom, archive
 * pages) holds an indicator of the first four. The week also has a phishing page of a sector the bulletin has no name
 * for and an infected host of no known province: it renders them as other/unknown, with warnings on standard error.
 */
class PublishedTlpIT {

    private static final List<String> WITHHELD = List.of(
            "amber-drop.example.org",
            "198.51.100.201",
            "strict-drop.example.org",
            "198.51.100.202",
            "red-drop.example.org",
            "198.51.100.203",
            "green-drop.example.org",
            "198.51.100.204");
    private static final List<String> PUBLISHED =
            List.of("clear-drop.example.com", "192.0.2.10", "unmarked-drop.example.net", "192.0.2.11");

    @TempDir
    Path data;

    private final SitrepRun sitrep = SitrepRun.plain();

    private static String dropSite(String host, String ip, String tlp) {
        return "{\"time.source\":\"2026-11-17T09:00:00+00:00\",\"feed.name\":\"Malware URLs\","
                + "\"classification.taxonomy\":\"malicious-code\",\"classification.type\":\"malware-distribution\","
                + "\"source.url\":\"http://" + host + "/payload.exe\",\"source.fqdn\":\"" + host + "\","
                + "\"source.ip\":\"" + ip + "\",\"source.geolocation.cc\":\"CN\""
                + (tlp == null ? "" : ",\"tlp\":\"" + tlp + "\"") + "}";
    }

    @BeforeEach
    void ingestAndPublish() throws IOException {
        Files.writeString(data.resolve("sitrep.yaml"), "zone: UTC\n", StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(
                dropSite("clear-drop.example.com", "192.0.2.10", "CLEAR"),
                dropSite("unmarked-drop.example.net", "192.0.2.11", null),
                dropSite("amber-drop.example.org", "198.51.100.201", "AMBER"),
                dropSite("strict-drop.example.org", "198.51.100.202", "AMBER+STRICT"),
                dropSite("red-drop.example.org", "198.51.100.203", "RED"),
                dropSite("green-drop.example.org", "198.51.100.204", "GREEN")));
        lines.add("{\"time.source\":\"2026-11-18T09:00:00+00:00\",\"feed.name\":\"Phishing Reports\","
                + "\"classification.type\":\"phishing\",\"source.url\":\"http://pay.example.org/login\","
                + "\"destination.fqdn\":\"www.spaceport.example.cn\",\"destination.geolocation.cc\":\"CN\","
                + "\"extra.target_sector\":\"aerospace\",\"tlp\":\"WHITE\"}");
        lines.add("{\"time.source\":\"2026-11-18T10:00:00+00:00\",\"feed.name\":\"Sinkhole\","
                + "\"classification.type\":\"infected-system\",\"classification.identifier\":\"mirai\","
                + "\"source.ip\":\"192.0.2.77\",\"source.geolocation.cc\":\"CN\"}");
        Path feed = Files.write(data.resolve("events.jsonl"), lines, StandardCharsets.UTF_8);
        assertThat(sitrep.run("--data", data.toString(), "ingest", feed.toString()))
                .as(sitrep.err())
                .isZero();
        assertThat(sitrep.run("--data", data.toString(), "publish", "--week", "2026-W47"))
                .as(sitrep.err())
                .isZero();
    }

    private List<Path> publishedFiles() throws IOException {
        try (Stream<Path> files = Files.walk(data.resolve("bulletins"))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String text(Path file) throws IOException {
        if (file.toString().endsWith(".pdf")) {
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            }
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void noPublishedFileHoldsAnAmberRedOrGreenIndicator() throws IOException {
        List<Path> files = publishedFiles();
        assertThat(files)
                .extracting(file -> file.getFileName().toString().replaceAll(".*\\.", ""))
                .contains("html", "pdf", "md", "json", "csv", "xml");
        for (Path file : files) {
            if (file.toString().endsWith(".png")) {
                continue;
            }
            String text = text(file);
            for (String indicator : WITHHELD) {
                assertThat(text).as(file + " must not hold " + indicator).doesNotContain(indicator);
            }
        }
    }

    @Test
    void theBlocklistAndTheBulletinHoldTheClearAndUnmarkedOnes() throws IOException {
        String all = String.join(
                "\n",
                publishedFiles().stream()
                        .filter(file -> file.toString().endsWith(".txt")
                                || file.toString().endsWith(".md"))
                        .map(file -> {
                            try {
                                return text(file);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList());

        for (String indicator : PUBLISHED) {
            assertThat(all).contains(indicator);
        }
    }

    @Test
    void unmarkedMaterialStaysOutWhenTheConfigurationSaysSo() throws IOException {
        Path strict = Files.createDirectories(data.resolve("strict"));
        Files.writeString(
                strict.resolve("sitrep.yaml"), "zone: UTC\npublish_unmarked: false\n", StandardCharsets.UTF_8);
        Path feed = Files.write(
                strict.resolve("events.jsonl"),
                List.of(
                        dropSite("clear-drop.example.com", "192.0.2.10", "CLEAR"),
                        dropSite("unmarked-drop.example.net", "192.0.2.11", null)),
                StandardCharsets.UTF_8);
        assertThat(sitrep.run("--data", strict.toString(), "ingest", feed.toString()))
                .isZero();

        assertThat(sitrep.run("--data", strict.toString(), "bulletin", "--week", "2026-W47", "--format", "blocklist"))
                .as(sitrep.err())
                .isZero();

        List<Path> blocklists;
        try (Stream<Path> files = Files.walk(strict.resolve("bulletins"))) {
            blocklists = files.filter(file -> file.getFileName().toString().startsWith("blocklist"))
                    .toList();
        }
        assertThat(blocklists).isNotEmpty();
        for (Path file : blocklists) {
            assertThat(text(file)).doesNotContain("unmarked-drop.example.net").doesNotContain("192.0.2.11");
        }
        assertThat(String.join(
                        "", blocklists.stream().map(PublishedTlpIT::unchecked).toList()))
                .contains("clear-drop.example.com");
    }

    private static String unchecked(Path file) {
        try {
            return text(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anUnknownSectorAndProvinceRenderAsOtherUnknownWithAWarning() throws IOException {
        assertThat(sitrep.err())
                .contains("sitrep: warning: figure PHISHING_BY_SECTOR has 1 of key 'aerospace', which the bulletin"
                        + " cannot name; shown as other/unknown")
                .contains("sitrep: warning: figure INFECTED_BY_PROVINCE has 1 without a known province; shown as"
                        + " other/unknown");
        String chinese = publishedFiles().stream()
                .filter(file -> file.toString().endsWith("zh-CN/bulletin.md"))
                .findFirst()
                .map(file -> {
                    try {
                        return text(file);
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .orElseThrow();
        assertThat(chinese).contains("其他/未知类仿冒页面1个").contains("其他/未知");
    }
}
