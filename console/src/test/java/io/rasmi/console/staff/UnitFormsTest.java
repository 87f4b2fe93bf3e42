package io.rasmi.console.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnitFormsTest {

    @Test
    void shouldReadATrainingDayTypedInArabicIndicDigitsAsTheStartOfThatDayInBaghdad() {
        TrainingForm form = TrainingForm.empty();
        form.completedAt = " ٢٠٢٦-١١-٠١ ";
        form.evidenceUrl = "  ";

        StaffApi.NewTraining request = form.toRequest();

        assertThat(form.dayUnreadable()).isFalse();
        assertThat(request.completedAt()).isEqualTo(Instant.parse("2026-10-31T21:00:00Z"));
        assertThat(request.topic()).isEqualTo("HATE_SPEECH");
        assertThat(request.evidenceUrl()).isNull();
    }

    @Test
    void shouldTellAnUnreadableTrainingDayFromAMissingOne() {
        TrainingForm unreadable = TrainingForm.empty();
        unreadable.completedAt = "last Tuesday";
        TrainingForm missing = TrainingForm.empty();

        assertThat(unreadable.dayUnreadable()).isTrue();
        assertThat(missing.dayUnreadable()).isFalse();
        assertThat(missing.toRequest().completedAt()).isNull();
    }

    @Test
    void shouldSendTheVersionShownAsAnEntityTagAndNoneForAnythingElse() {
        DeactivationForm shown = new DeactivationForm();
        shown.version = "١٢";
        DeactivationForm forged = new DeactivationForm();
        forged.version = "\"3\", *";
        DeactivationForm missing = new DeactivationForm();

        assertThat(shown.ifMatch()).isEqualTo("\"12\"");
        assertThat(forged.ifMatch()).isNull();
        assertThat(missing.ifMatch()).isNull();
    }

    @Test
    void shouldListTheG76CoursesAMemberStillLacks() {
        UUID id = UUID.randomUUID();
        StaffApi.Member member = new StaffApi.Member(id, "moh", "Zainab", "z@moh.gov.iq", "MODERATOR", true, null,
                Instant.EPOCH, 2);
        MemberFile file = new MemberFile(member, List.of(
                new StaffApi.Training(UUID.randomUUID(), id, "BIAS", Instant.EPOCH, null, Instant.EPOCH, "moh-admin"),
                new StaffApi.Training(UUID.randomUUID(), id, "SECURITY_AWARENESS", Instant.EPOCH, null, Instant.EPOCH,
                        "moh-admin")));

        assertThat(file.missingForPublicInteraction()).containsExactly("HATE_SPEECH", "PERSONAL_DATA",
                "EXTERNAL_LINKS");
        assertThat(new MemberFile(member, null).missingForPublicInteraction()).isEmpty();
        assertThat(member.etag()).isEqualTo("\"2\"");
    }
}
