package org.sitrep.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Renders the fixture issue for real: PDF through openhtmltopdf, HTML through headless Chromium. */
class BulletinRendererIT {
    private static final Path CHROMIUM = Path.of(System.getProperty("sitrep.chromium", "/usr/bin/chromium"));
    private static final Path OUT = Path.of("target", "rendered");

    private final BulletinRenderer renderer = new BulletinRenderer();

    @Test
    void pdfCarriesChineseTitleRatingAndHeadlineNumbersInAnEmbeddedCjkFont() throws Exception {
        Path pdf = renderer.render(BulletinFixtures.week45(), Locale.SIMPLIFIED_CHINESE, Format.PDF, OUT.resolve("zh"))
                .getFirst();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text)
                    .contains("网络安全信息与动态周报")
                    .contains("2024年第45期（11月4日-11月10日）")
                    .contains("互联网网络安全态势整体评价为良")
                    .contains("57.8万")
                    .contains("2836")
                    .contains("6663")
                    .contains("▲17.3%")
                    .contains("▼9.7%");
            assertThat(document.getNumberOfPages()).isBetween(3, 12);
            assertThat(fontsOf(document.getPage(0)))
                    .anySatisfy(font -> assertThat(font).contains("DroidSansFallback"))
                    .anySatisfy(font -> assertThat(font).contains("LiberationSans"));
            assertThat(embedded(document.getPage(0))).isTrue();
        }
    }

    @Test
    void englishPdfIsWrittenInEnglish() throws Exception {
        Path pdf = renderer.render(BulletinFixtures.week45(), Locale.ENGLISH, Format.PDF, OUT.resolve("en"))
                .getFirst();

        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Cyber Security Weekly Bulletin")
                    .contains("578,000")
                    .contains("Good");
        }
    }

    @Test
    void htmlIsWellFormedAndSelfContained() throws Exception {
        Path html = renderer.render(
                        BulletinFixtures.week45(), Locale.SIMPLIFIED_CHINESE, Format.HTML, OUT.resolve("zh"))
                .getFirst();
        String page = Files.readString(html);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)));
        assertThat(Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//")
                        .matcher(page)
                        .find())
                .isFalse();
        assertThat(page)
                .doesNotContain("<link")
                .doesNotContain("<script")
                .doesNotContain("@import")
                .doesNotContainPattern("url\\((?!#)");
        assertThat(page).contains("<svg").contains("viewBox");
    }

    @Test
    void renderingTheSameIssueAgainGivesTheSameBytesAndLeavesNoPartialFile() throws Exception {
        Path folder = OUT.resolve("twice");
        java.util.Map<Path, byte[]> first = new java.util.HashMap<>();
        for (Format format : Format.values()) {
            for (Path file : renderer.render(BulletinFixtures.week45(), Locale.SIMPLIFIED_CHINESE, format, folder)) {
                first.put(file, Files.readAllBytes(file));
            }
        }
        Thread.sleep(1100); // a creation date to the second would now differ

        for (Format format : Format.values()) {
            renderer.render(BulletinFixtures.week45(), Locale.SIMPLIFIED_CHINESE, format, folder);
        }

        first.forEach((file, bytes) -> assertThat(file).as(file.toString()).hasBinaryContent(bytes));
        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".partial"));
        }
    }

    @Test
    void everyFormatOfBothLanguagesLandsInItsFolder() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            Path folder = OUT.resolve(locale.getLanguage());
            for (Format format : Format.values()) {
                assertThat(renderer.render(BulletinFixtures.week45(), locale, format, folder))
                        .allSatisfy(file -> assertThat(file).isNotEmptyFile());
            }
        }
    }

    @Test
    void chromiumShowsBothLanguagesAsFullNonBlankPages() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "chromium is not installed: skipping the browser check");
        for (String language : List.of("zh", "en")) {
            Locale locale = language.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            Path html = renderer.render(BulletinFixtures.week45(), locale, Format.HTML, OUT.resolve(language))
                    .getFirst();
            Path png = OUT.resolve(language).resolve("screen.png").toAbsolutePath();
            screenshot(html.toAbsolutePath(), png);

            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(variance(image)).as("pixel variance").isGreaterThan(100);
            // The whole bulletin (11 figures, 7 sections) is far taller than two screens.
            assertThat(lastInkedRow(image)).as("last non-white row").isGreaterThan(3000);
        }
    }

    private static void screenshot(Path html, Path png) throws Exception {
        Path profile = Files.createTempDirectory("chromium-profile");
        List<String> command = new ArrayList<>(List.of(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--screenshot=" + png,
                "--window-size=1000,7000",
                html.toUri().toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(png).exists();
    }

    private static double variance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 4) {
            for (int x = 0; x < image.getWidth(); x += 4) {
                int rgb = image.getRGB(x, y);
                double grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3.0;
                sum += grey;
                squares += grey * grey;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    private static int lastInkedRow(BufferedImage image) {
        for (int y = image.getHeight() - 1; y >= 0; y--) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return y;
                }
            }
        }
        return -1;
    }

    private static List<String> fontsOf(PDPage page) throws Exception {
        List<String> names = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            names.add(page.getResources().getFont(name).getName());
        }
        return names;
    }

    private static boolean embedded(PDPage page) throws Exception {
        for (COSName name : page.getResources().getFontNames()) {
            PDFont font = page.getResources().getFont(name);
            if (font.getName().contains("DroidSansFallback")) {
                return font.isEmbedded();
            }
        }
        return false;
    }
}
