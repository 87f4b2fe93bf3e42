package io.rasmi.kpi.reports;

import static io.rasmi.kpi.Callers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.Platform;
import io.rasmi.kpi.Fixtures;

/** The PDF read back with PDFBox: its Arabic comes out as words in reading order, and its charts are there. */
@QuarkusTest
class ReportPdfTest {

    private static final String ENTITY = "rptpdf";

    @Inject
    Fixtures fixtures;

    @Test
    void shouldRenderAnArabicRightToLeftReportWithChartsWhoseTextReadsInOrder() throws IOException {
        UUID account = fixtures.account(ENTITY, Platform.INSTAGRAM, "هيئة الإعلام والاتصالات", "cmc.iraq");
        String a = account.toString();
        as(ENTITY, "publisher").contentType("text/csv").body("accountId,date,metric,value,ageBracket,governorate,gender\n"
                + a + ",2026-11-07,REACH,1200,,,\n" + a + ",2026-11-09,REACH,1800,,,\n"
                + a + ",2026-11-10,FOLLOWERS,5000,,,\n" + a + ",2026-11-10,FOLLOWERS,3000,,IQ-BG,\n"
                + a + ",2026-11-10,FOLLOWERS,2000,,IQ-NI,\n" + a + ",2026-11-08,NEW_FOLLOWERS,40,,,\n")
                .post("/api/v1/kpi/observations").then().statusCode(200).body("lines", equalTo(6));
        as(ENTITY, "entity-admin").body("{\"accountId\":\"" + a + "\",\"metric\":\"NEW_FOLLOWERS\",\"period\":\"WEEK\","
                + "\"target\":100}").put("/api/v1/targets").then().statusCode(201);

        byte[] pdf = as(ENTITY, "management").accept("application/pdf").get("/api/v1/reports/2026-W46").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();

        Path out = Path.of("target", "reports-pdf");
        Files.createDirectories(out);
        Files.write(out.resolve("report-2026-W46.pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // Pages as images beside the PDF, for a reader to look at
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < Math.min(3, document.getNumberOfPages()); page++) {
                ImageIO.write(renderer.renderImageWithDPI(page, 60), "png", out.resolve("page-" + (page + 1) + ".png")
                        .toFile());
            }
            String text = new PDFTextStripper().getText(document);
            List<String> words = Arrays.asList(text.split("\\s+"));
            // The heading and the account's name, each word in its logical (reading) order
            assertThat(text).contains("التقرير الأسبوعي للإدارة");
            assertThat(text).contains("هيئة الإعلام والاتصالات");
            assertThat(words).contains("التقرير", "الأسبوعي", "هيئة", "الإعلام", "والاتصالات", "المؤشرات", "الرئيسية");
            // Not reversed: a word read right to left would come out backwards
            assertThat(text).doesNotContain(new StringBuilder("والاتصالات").reverse().toString());
            // A left-to-right value in its own cell keeps its order beside its Arabic label
            assertThat(text).contains("الفترة 2026-W46", "من 2026-11-07", "إلى 2026-11-13");
            assertThat(images(document)).isGreaterThanOrEqualTo(3);
        }
    }

    private static int images(PDDocument document) throws IOException {
        int images = 0;
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject) {
                    images++;
                }
            }
        }
        return images;
    }
}
