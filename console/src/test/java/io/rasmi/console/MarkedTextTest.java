package io.rasmi.console;

import static org.assertj.core.api.Assertions.assertThat;

import io.rasmi.console.content.ContentItemsApi.Finding;
import io.rasmi.console.content.MarkedText;
import io.rasmi.console.content.MarkedText.NumberedFinding;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkedTextTest {

    private static final String BODY = "للاستفسار اتصلوا على ٠٧٧٠١٢٣٤٥٦٧ يومياً";

    private static Finding finding(String severity, String field, Integer start, Integer end) {
        return new Finding("PERSONAL_DATA", "G6.i", List.of("G6.i", "G8.5"), severity, field, start, end, null,
                "رقم هاتف شخصي في النص", "A personal phone number in the text", List.of(), null);
    }

    @Test
    void shouldMarkAnArabicIndicPhoneNumberWhereTheCheckFoundIt() {
        int start = BODY.indexOf('٠');
        Finding phone = finding("BLOCKER", "body", start, start + 11);

        MarkedText marked = MarkedText.of(BODY, "body", NumberedFinding.of(List.of(phone)));

        assertThat(marked.runs()).extracting(MarkedText.Run::text)
                .containsExactly("للاستفسار اتصلوا على ", "٠٧٧٠١٢٣٤٥٦٧", " يومياً");
        assertThat(marked.runs().get(1).number()).isEqualTo(1);
        assertThat(marked.runs().get(1).severity()).isEqualTo("BLOCKER");
        assertThat(marked.runs().get(0).marked()).isFalse();
        assertThat(String.join("", marked.runs().stream().map(MarkedText.Run::text).toList())).isEqualTo(BODY);
    }

    @Test
    void shouldLeaveFindingsOfOtherFieldsOrWithoutAPlaceUnmarked() {
        List<NumberedFinding> numbered = NumberedFinding.of(List.of(finding("WARNING", "title", 0, 3),
                finding("WARNING", "body", null, null), finding("WARNING", "links[0]", 0, 5)));

        MarkedText marked = MarkedText.of(BODY, "body", numbered);

        assertThat(marked.anyMarked()).isFalse();
        assertThat(marked.runs()).singleElement().extracting(MarkedText.Run::text).isEqualTo(BODY);
    }

    @Test
    void shouldMarkOnlyTheFirstOfTwoOverlappingFindingsAndKeepTheNumbersOfTheList() {
        Finding spelling = finding("WARNING", "body", 0, 9);
        Finding phone = finding("BLOCKER", "body", 5, 12);
        Finding later = finding("WARNING", "body", 21, 32);

        MarkedText marked = MarkedText.of(BODY, "body", NumberedFinding.of(List.of(phone, spelling, later)));

        assertThat(marked.runs()).filteredOn(MarkedText.Run::marked).extracting(MarkedText.Run::number)
                .containsExactly(2, 3);
    }

    @Test
    void shouldIgnoreAPositionBeyondTheTextAsTypedNow() {
        MarkedText marked = MarkedText.of("قصير", "body", NumberedFinding.of(List.of(finding("BLOCKER", "body",
                2, 40))));

        assertThat(marked.anyMarked()).isFalse();
    }
}
