package org.sitrep.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sitrep.report.blocklist.BlocklistFiles;
import org.sitrep.report.charts.BulletinCharts;
import org.sitrep.report.html.HtmlPage;
import org.sitrep.report.markdown.MarkdownDocument;
import org.sitrep.report.model.BulletinView;
import org.sitrep.report.pdf.PdfDocument;
import org.sitrep.report.text.BulletinWriter;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.Language;
import org.sitrep.report.text.Wording;
import org.sitrep.report.text.WrittenBulletin;

/**
 * Renders one issue of the bulletin in one language and format into a folder. File names are fixed
 * ({@code bulletin.html}, {@code bulletin.pdf}, {@code bulletin.md} + {@code figure-N.svg}, {@code blocklist.txt},
 * {@code blocklist.csv}), so give each issue and language its own folder. Each file is written whole then renamed
 * ({@link AtomicFiles}): a render that fails or is killed leaves the files before it intact. Stateless and
 * thread-safe.
 */
public final class BulletinRenderer {

    /**
     * Writes the issue and returns the files written, main file first.
     *
     * @param language {@code zh-CN} (the default for any non-English locale) or English
     */
    public List<Path> render(BulletinView view, Locale language, Format format, Path outDir) {
        Language lang = Language.of(language);
        try {
            Files.createDirectories(outDir);
            return switch (format) {
                case HTML -> List.of(write(outDir.resolve("bulletin.html"), html(view, lang)));
                case PDF -> List.of(pdf(view, lang, outDir.resolve("bulletin.pdf")));
                case MARKDOWN -> markdown(view, lang, outDir);
                case BLOCKLIST -> blocklist(view, lang, outDir);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** The written text of the issue, for callers that lay it out themselves (the web page, the JSON twin). */
    public WrittenBulletin write(BulletinView view, Locale language) {
        return BulletinWriter.write(view, Language.of(language));
    }

    /** The self-contained HTML page as a string. */
    public String html(BulletinView view, Language language) {
        return HtmlPage.forScreen(BulletinWriter.write(view, language), BulletinCharts.draw(view, language));
    }

    private Path pdf(BulletinView view, Language language, Path file) throws IOException {
        WrittenBulletin bulletin = BulletinWriter.write(view, language);
        String xhtml = HtmlPage.forPdf(bulletin, BulletinCharts.drawForPdf(view, language));
        return AtomicFiles.write(file, out -> PdfDocument.write(xhtml, bulletin.title(), out));
    }

    private List<Path> markdown(BulletinView view, Language language, Path outDir) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(write(outDir.resolve("bulletin.md"), MarkdownDocument.render(BulletinWriter.write(view, language))));
        for (Map.Entry<FigureKind, String> chart :
                BulletinCharts.draw(view, language).entrySet()) {
            String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + chart.getValue() + "\n";
            files.add(write(outDir.resolve(chart.getKey().fileName()), svg));
        }
        return files;
    }

    private List<Path> blocklist(BulletinView view, Language language, Path outDir) throws IOException {
        Wording wording = Wording.of(language);
        String title = wording.format(
                "blocklist.header",
                Map.of("title", BulletinWriter.write(view, language).title()));
        String text = BlocklistFiles.text(
                view.blocklist(),
                title,
                wording.text("blocklist.urls"),
                wording.text("blocklist.domains"),
                wording.text("blocklist.ips"));
        return List.of(
                write(outDir.resolve("blocklist.txt"), text),
                write(outDir.resolve("blocklist.csv"), BlocklistFiles.csv(view.blocklist())));
    }

    private static Path write(Path file, String content) throws IOException {
        return AtomicFiles.writeString(file, content);
    }
}
