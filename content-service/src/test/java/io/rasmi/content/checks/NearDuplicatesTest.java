package io.rasmi.content.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.text.fingerprint.MinHashBands;

@QuarkusTest
class NearDuplicatesTest {

    static final String POST = "تعلن وزارة الصحة عن بدء الحملة الوطنية للتلقيح ضد شلل الأطفال في جميع المحافظات "
            + "اعتباراً من يوم الأحد المقبل ولمدة خمسة أيام، وتدعو الأهالي إلى التعاون مع الفرق الصحية الجوالة.";
    static final Instant AT = Instant.parse("2026-12-01T09:00:00Z");

    @Inject
    NearDuplicates nearDuplicates;

    @Inject
    ContentChecks checks;

    @Inject
    DataSource dataSource;

    private static String entity() {
        return "e" + UUID.randomUUID().toString().substring(0, 8);
    }

    private List<Finding> duplicates(String entity, UUID account, String text, Instant at) {
        DraftForChecks draft = DraftForChecks.builder().entity(entity).accountIds(List.of(account)).body(text)
                .plannedAt(at).build();
        return nearDuplicates.findings(draft, at);
    }

    @Test
    void shouldBlockTheSameTextOnTheSameAccountWithin30DaysWrittenWithOtherLetterForms() {
        String entity = entity();
        UUID account = UUID.randomUUID();
        UUID published = UUID.randomUUID();
        nearDuplicates.record(published, entity, account, POST, AT.minus(Duration.ofDays(20)),
                NearDuplicates.Status.PUBLISHED);

        String variant = POST.replace("الأطفال", "الاطفال").replace("الأحد", "الاحـــد").replace("خمسة", "خمسةِ");
        assertThat(duplicates(entity, account, variant, AT)).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.DUPLICATE_SAME_ACCOUNT);
            assertThat(f.severity()).isEqualTo(Severity.BLOCKER);
            assertThat(f.clause()).isEqualTo("G7.4");
            assertThat(f.matchingContentId()).isEqualTo(published);
            assertThat(f.messageEn()).contains(published.toString());
        });
        assertThat(duplicates(entity, account, variant, AT.plus(Duration.ofDays(11)))).isEmpty();
    }

    @Test
    void shouldWarnAboutTheSameTextOnAnotherAccountOfTheEntityWithin7Days() {
        String entity = entity();
        UUID scheduled = UUID.randomUUID();
        nearDuplicates.record(scheduled, entity, UUID.randomUUID(), POST, AT.plus(Duration.ofDays(3)),
                NearDuplicates.Status.SCHEDULED);

        assertThat(duplicates(entity, UUID.randomUUID(), POST, AT)).singleElement().satisfies(f -> {
            assertThat(f.checkId()).isEqualTo(ContentCheck.DUPLICATE_OTHER_ACCOUNT);
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.matchingContentId()).isEqualTo(scheduled);
        });
        assertThat(duplicates(entity, UUID.randomUUID(), POST, AT.minus(Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void shouldNotMatchAnotherEntityAnUnrelatedTextTheItemItselfOrARemovedItem() {
        String entity = entity();
        UUID account = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        nearDuplicates.record(item, entity, account, POST, AT, NearDuplicates.Status.PUBLISHED);

        assertThat(duplicates(entity(), account, POST, AT)).isEmpty();
        assertThat(duplicates(entity, account, "تعلن وزارة التعليم العالي نتائج القبول المركزي للعام الدراسي الجديد "
                + "عبر موقعها الرسمي، وتدعو الطلبة إلى مراجعة الجامعات في المواعيد المحددة.", AT)).isEmpty();
        DraftForChecks itself = DraftForChecks.builder().entity(entity).contentId(item).accountIds(List.of(account))
                .body(POST).build();
        assertThat(nearDuplicates.findings(itself, AT)).isEmpty();

        nearDuplicates.remove(item);
        assertThat(duplicates(entity, account, POST, AT)).isEmpty();
    }

    @Test
    void shouldReplaceTheRecordOfAnItemOnAnAccount() {
        String entity = entity();
        UUID account = UUID.randomUUID();
        UUID item = UUID.randomUUID();
        nearDuplicates.record(item, entity, account, POST, AT.minus(Duration.ofDays(90)), NearDuplicates.Status.SCHEDULED);
        assertThat(duplicates(entity, account, POST, AT)).isEmpty();
        nearDuplicates.record(item, entity, account, POST, AT.minus(Duration.ofDays(1)), NearDuplicates.Status.PUBLISHED);
        assertThat(duplicates(entity, account, POST, AT)).extracting(Finding::matchingContentId).containsExactly(item);
    }

    @Test
    void shouldFindCandidatesThroughTheBandIndex() throws Exception {
        String comparable = MinHashBands.comparable(POST);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement settings = connection.createStatement()) {
                // The test table is small, where a scan is cheaper; the benchmark shows the plan at 100,000 rows.
                settings.execute("set enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + NearDuplicates.FIND)) {
                Long[] bands = java.util.Arrays.stream(MinHashBands.of(comparable, "moh")).boxed().toArray(Long[]::new);
                explain.setArray(1, connection.createArrayOf("bigint", bands));
                explain.setString(2, "moh");
                explain.setObject(3, java.sql.Timestamp.from(AT.minus(Duration.ofDays(30))));
                explain.setObject(4, java.sql.Timestamp.from(AT.plus(Duration.ofDays(30))));
                explain.setObject(5, null);
                StringBuilder plan = new StringBuilder();
                try (ResultSet rows = explain.executeQuery()) {
                    while (rows.next()) {
                        plan.append(rows.getString(1)).append('\n');
                    }
                }
                assertThat(plan.toString()).contains("content_fingerprint_bands").doesNotContain("Seq Scan");
            }
            try (Statement settings = connection.createStatement()) {
                settings.execute("reset enable_seqscan");
            }
        }
    }
}
