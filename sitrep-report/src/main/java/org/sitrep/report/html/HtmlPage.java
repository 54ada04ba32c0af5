package org.sitrep.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.sitrep.report.fonts.BundledFonts;
import org.sitrep.report.text.FigureKind;
import org.sitrep.report.text.WrittenBulletin;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Lays a written bulletin out as one self-contained, well-formed XHTML page: CSS in a {@code <style>} element, each
 * chart inline as {@code <svg>}, no reference to anything outside the file. The same page, with the print
 * stylesheet for A4, feeds the PDF.
 */
public final class HtmlPage {
    private static final String ROOT = "org/sitrep/report/html/";
    private static final TemplateEngine ENGINE = engine();
    private static final String SCREEN_CSS = resource("bulletin.css").replace("FONT_STACK", BundledFonts.CSS_STACK);
    private static final String PDF_CSS = resource("pdf.css");

    /** Colours repeated inline (see the template) for the rating bands and the change arrows; as in bulletin.css. */
    private static final Map<String, String> BAND_COLOURS = Map.of(
            "excellent", "#1e8449", "good", "#2874a6", "fair", "#d68910", "poor", "#ca6f1e", "critical", "#b03a2e");

    private static final Map<String, String> CHANGE_COLOURS =
            Map.of("up", "#b03a2e", "down", "#1e8449", "flat", "#777777", "none", "#777777");

    private HtmlPage() {}

    /** The page for a browser, a CMS or print. */
    public static String forScreen(WrittenBulletin bulletin, Map<FigureKind, String> charts) {
        return render(bulletin, charts, SCREEN_CSS);
    }

    /** The page for the PDF renderer: the same content with A4 page rules and the embedded fonts' names. */
    public static String forPdf(WrittenBulletin bulletin, Map<FigureKind, String> charts) {
        return render(bulletin, charts, SCREEN_CSS + "\n" + PDF_CSS);
    }

    private static String render(WrittenBulletin bulletin, Map<FigureKind, String> charts, String css) {
        Map<String, String> svgs = new HashMap<>();
        charts.forEach((kind, svg) -> svgs.put(kind.name(), svg));
        Context context = new Context(bulletin.language().locale());
        context.setVariable("doc", bulletin);
        context.setVariable("svgs", svgs);
        context.setVariable("css", css);
        context.setVariable("bandColours", BAND_COLOURS);
        context.setVariable("changeColours", CHANGE_COLOURS);
        return ENGINE.process("bulletin", context);
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(HtmlPage.class.getClassLoader());
        resolver.setPrefix(ROOT);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCacheable(true);
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static String resource(String name) {
        try (InputStream stream = HtmlPage.class.getClassLoader().getResourceAsStream(ROOT + name)) {
            if (stream == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
