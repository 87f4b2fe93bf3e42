package io.rasmi.console.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.kpi.SvgCharts;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SvgChartsTest {

    @Test
    void shouldDrawALineAsANamedImageWithoutScriptsOrStyleAttributes() {
        String svg = SvgCharts.line("reach", "الوصول عبر الزمن", "خط من 3 نقاط",
                List.of(new SvgCharts.Mark("1 Oct", new BigDecimal("100"), "100"),
                        new SvgCharts.Mark("8 Oct", new BigDecimal("400"), "400"),
                        new SvgCharts.Mark("15 Oct", new BigDecimal("250"), "250")));
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .contains("role=\"img\"", "aria-labelledby=\"reach-title reach-desc\"",
                        "<title id=\"reach-title\">الوصول عبر الزمن</title>", "<desc id=\"reach-desc\">خط من 3 نقاط</desc>")
                .contains("<polyline").contains("<title>8 Oct: 400</title>")
                .doesNotContain("style=", "<script", "onload");
        assertThat(svg.split("<circle", -1)).hasSize(4);
    }

    @Test
    void shouldPutTheHighestValueAtTheTopOfTheLine() {
        String svg = SvgCharts.line("x", "t", "d", List.of(new SvgCharts.Mark("a", BigDecimal.ZERO, "0"),
                new SvgCharts.Mark("b", new BigDecimal("10"), "10")));
        assertThat(svg).contains("cx=\"40\" cy=\"200\"").contains("cx=\"600\" cy=\"40\"");
    }

    @Test
    void shouldEscapeLabelsThatCarryMarkup() {
        String svg = SvgCharts.bars("b", "<script>alert(1)</script>", "d",
                List.of(new SvgCharts.Mark("a\"<b>&", BigDecimal.ONE, "1")), null);
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "a&quot;&lt;b&gt;&amp;");
    }

    @Test
    void shouldMarkTheTargetLineAndColourBarsThatReachIt() {
        String svg = SvgCharts.bars("att", "t", "d", List.of(
                new SvgCharts.Mark("met", new BigDecimal("1.2"), "120%"),
                new SvgCharts.Mark("missed", new BigDecimal("0.5"), "50%")), BigDecimal.ONE);
        assertThat(svg).contains("stroke-dasharray").contains("fill=\"#0b5d3b\"").contains("fill=\"#7a4100\"");
    }

    @Test
    void shouldSplitEachPeriodByItsSharesAndNameTheClassesInALegend() {
        String svg = SvgCharts.shares("s", "t", "d", List.of(new SvgCharts.Split("w1", 2, 1, 1)),
                List.of("إيجابي", "محايد", "سلبي"));
        assertThat(svg).contains("width=\"230\"").contains("width=\"115\"").contains(">إيجابي</text>")
                .contains(">سلبي</text>");
    }

    @Test
    void shouldDrawNothingWithoutFigures() {
        assertThat(SvgCharts.line("x", "t", "d", List.of())).isNull();
        assertThat(SvgCharts.bars("x", "t", "d", List.of(), BigDecimal.ONE)).isNull();
    }
}
