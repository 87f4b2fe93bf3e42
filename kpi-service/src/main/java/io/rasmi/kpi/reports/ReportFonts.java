package io.rasmi.kpi.reports;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import jakarta.inject.Singleton;

/**
 * The reports' Arabic typeface (Amiri, SIL OFL 1.1, in {@code reports/fonts/} with its licence and source), read once
 * per process: the bytes for each PDF (which embeds a subset) and the AWT fonts for the charts.
 */
@Singleton
public class ReportFonts {

    static final String FAMILY = "Amiri";

    private final byte[] regular = read("reports/fonts/Amiri-Regular.ttf");
    private final byte[] bold = read("reports/fonts/Amiri-Bold.ttf");
    private final Font awtRegular = awt(regular);
    private final Font awtBold = awt(bold);

    public InputStream regular() {
        return new ByteArrayInputStream(regular);
    }

    public InputStream bold() {
        return new ByteArrayInputStream(bold);
    }

    public Font awtRegular(float size) {
        return awtRegular.deriveFont(size);
    }

    public Font awtBold(float size) {
        return awtBold.deriveFont(size);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFonts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing font " + resource);
            }
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static Font awt(byte[] bytes) {
        ReportCharts.headless();
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes));
        } catch (FontFormatException | IOException unreadable) {
            throw new IllegalStateException("The report font could not be read", unreadable);
        }
    }
}
