package org.sitrep.report.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.sitrep.report.fonts.BundledFonts;

/**
 * Renders the bulletin's XHTML page to an A4 PDF with openhtmltopdf: charts drawn as vectors, page numbers in the
 * footer, and the bundled fonts embedded as subsets (Liberation Sans first so Latin text is not set in a serif
 * fallback, then Droid Sans Fallback for Chinese). The fonts come from the classpath, so the PDF is the same on any
 * machine whatever fonts it has installed. The file holds no creation date and a fixed document ID, so the same page
 * gives the same bytes: a published issue rendered again is byte-identical.
 */
public final class PdfDocument {

    static {
        // openhtmltopdf logs its progress at INFO through java.util.logging; a bulletin run is no place for it.
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfDocument() {}

    public static void write(String xhtml, String title, OutputStream out) {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // Chart text inside SVG uses these fonts too (SVG use case), and a character the named families lack falls
        // back to the CJK font last (FALLBACK_FINAL), so nothing depends on the fonts installed on the machine.
        Set<FSFontUseCase> latin = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG);
        Set<FSFontUseCase> cjk = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL);
        font(builder, "LiberationSans-Regular.ttf", BundledFonts.LATIN_FAMILY, 400, latin);
        font(builder, "LiberationSans-Bold.ttf", BundledFonts.LATIN_FAMILY, 700, latin);
        font(builder, "DroidSansFallbackFull.ttf", BundledFonts.CJK_FAMILY, 400, cjk);
        font(builder, "DroidSansFallbackFull.ttf", BundledFonts.CJK_FAMILY, 700, cjk);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.withHtmlContent(xhtml, null);
        builder.withProducer("Sitrep");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer();
                PDDocument document = renderer.createPDFKeepOpen()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setCreationDate(null);
            info.setModificationDate(null);
            // the trailer's /ID is a digest seeded by this instead of the clock
            document.setDocumentId(0L);
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed for " + title, e);
        }
    }

    private static void font(
            PdfRendererBuilder builder, String file, String family, int weight, Set<FSFontUseCase> uses) {
        builder.useFont(() -> BundledFonts.open(file), family, weight, FontStyle.NORMAL, true, uses);
    }
}
