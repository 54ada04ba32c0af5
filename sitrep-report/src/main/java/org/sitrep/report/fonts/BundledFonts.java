package org.sitrep.report.fonts;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped with the renderer (see {@code fonts/README.md} beside the files): Liberation Sans for Latin
 * text and Droid Sans Fallback, a TrueType-outline CJK font, so that the PDF embeds the same fonts on any machine.
 * Browsers are given a font stack that names common CJK fonts first and these as fallbacks.
 */
public final class BundledFonts {
    /** The family names the files declare; the PDF registers them under these names. */
    public static final String LATIN_FAMILY = "Liberation Sans";

    public static final String CJK_FAMILY = "Droid Sans Fallback";

    /** The CSS font stack for HTML and for text inside SVG charts (double quotes: JFreeSVG writes attributes in single quotes). */
    public static final String CSS_STACK = "\"Liberation Sans\", Arial, \"Helvetica Neue\", \"PingFang SC\", "
            + "\"Microsoft YaHei\", \"Hiragino Sans GB\", \"WenQuanYi Micro Hei\", \"Noto Sans CJK SC\", "
            + "\"Source Han Sans SC\", \"Droid Sans Fallback\", sans-serif";

    private static final String ROOT = "/org/sitrep/report/fonts/";
    private static final String SAMPLE = "网络安全Week 45";

    private BundledFonts() {}

    /** Opens one of the bundled font files ({@code DroidSansFallbackFull.ttf}, {@code LiberationSans-Regular.ttf} …). */
    public static InputStream open(String file) {
        InputStream stream = BundledFonts.class.getResourceAsStream(ROOT + file);
        if (stream == null) {
            throw new IllegalStateException("bundled font missing: " + file);
        }
        return stream;
    }

    /**
     * A font to lay out chart labels of mixed Chinese and Latin text: the platform's logical sans-serif font when
     * it can show Chinese (it falls back per glyph), otherwise the bundled CJK font. Only metrics depend on this;
     * the SVG names {@link #CSS_STACK}.
     */
    public static Font chartFont(int style, float size) {
        Font logical = new Font(Font.SANS_SERIF, style, Math.round(size));
        if (logical.canDisplayUpTo(SAMPLE) == -1) {
            return logical.deriveFont(style, size);
        }
        return Holder.CJK.deriveFont(style, size);
    }

    private static final class Holder {
        static final Font CJK = load("DroidSansFallbackFull.ttf");

        private static Font load(String file) {
            try (InputStream stream = open(file)) {
                Font font = Font.createFont(Font.TRUETYPE_FONT, stream);
                GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("bundled font unreadable: " + file, e);
            }
        }
    }
}
