package io.rasmi.content.corrections;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.quarkus.test.junit.QuarkusTest;
import io.rasmi.events.CorrectionErrorType;
import io.rasmi.events.CorrectionProcedure;
import io.rasmi.events.Platform;

/** The procedure per platform and error type, read from the capability table the service is configured with. */
@QuarkusTest
class CorrectionProceduresTest {

    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    /** Where a post's text can be edited a minute after publishing. */
    private static final Set<Platform> TEXT_EDITABLE = EnumSet.of(Platform.FACEBOOK, Platform.X, Platform.INSTAGRAM,
            Platform.YOUTUBE, Platform.TELEGRAM, Platform.LINKEDIN, Platform.THREADS, Platform.WHATSAPP_CHANNEL);
    /** Where a post's media can be replaced a minute after publishing. */
    private static final Set<Platform> MEDIA_EDITABLE = EnumSet.of(Platform.X, Platform.TELEGRAM);

    @Inject
    PlatformCapabilities capabilities;

    private CorrectionProcedure procedure(CorrectionErrorType type, Platform platform, Duration sincePublished) {
        return procedure(type, false, platform, sincePublished);
    }

    private CorrectionProcedure procedure(CorrectionErrorType type, boolean inMedia, Platform platform,
            Duration sincePublished) {
        Instant publishedAt = sincePublished == null ? null : NOW.minus(sincePublished);
        return Checklist.choose(type, inMedia, capabilities.of(platform), publishedAt, NOW).procedure();
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void shouldAlwaysDeleteAndEscalateUnauthorisedPostsAndPrivacyLeaks(Platform platform) {
        for (Duration since : new Duration[] { Duration.ofMinutes(1), Duration.ofDays(400), null }) {
            assertThat(procedure(CorrectionErrorType.UNAUTHORIZED_POST, platform, since))
                    .isEqualTo(CorrectionProcedure.DELETE_AND_ESCALATE);
            assertThat(procedure(CorrectionErrorType.PRIVACY_LEAK, true, platform, since))
                    .isEqualTo(CorrectionProcedure.DELETE_AND_ESCALATE);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void shouldDeleteAndRepostAPostOnTheWrongAccountEvenWhereEditingIsAllowed(Platform platform) {
        assertThat(procedure(CorrectionErrorType.WRONG_ACCOUNT, platform, Duration.ofMinutes(1)))
                .isEqualTo(CorrectionProcedure.DELETE_AND_REPOST);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void shouldEditTextErrorsInPlaceOnlyWhereThePlatformAllowsIt(Platform platform) {
        CorrectionProcedure expected = TEXT_EDITABLE.contains(platform) ? CorrectionProcedure.EDIT_IN_PLACE
                : CorrectionProcedure.DELETE_AND_REPOST;
        for (CorrectionErrorType type : EnumSet.of(CorrectionErrorType.TYPO, CorrectionErrorType.FACTUAL,
                CorrectionErrorType.BROKEN_LINK)) {
            assertThat(procedure(type, platform, Duration.ofMinutes(1))).as(platform + " " + type).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void shouldEditMediaErrorsInPlaceOnlyWhereThePlatformReplacesMedia(Platform platform) {
        CorrectionProcedure expected = MEDIA_EDITABLE.contains(platform) ? CorrectionProcedure.EDIT_IN_PLACE
                : CorrectionProcedure.DELETE_AND_REPOST;
        assertThat(procedure(CorrectionErrorType.FACTUAL, true, platform, Duration.ofMinutes(1))).isEqualTo(expected);
    }

    @Test
    void shouldEditOnlyWithinThePlatformsEditWindow() {
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.X, Duration.ofMinutes(59)))
                .isEqualTo(CorrectionProcedure.EDIT_IN_PLACE);
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.X, Duration.ofMinutes(61)))
                .isEqualTo(CorrectionProcedure.DELETE_AND_REPOST);
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.THREADS, Duration.ofMinutes(14)))
                .isEqualTo(CorrectionProcedure.EDIT_IN_PLACE);
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.THREADS, Duration.ofMinutes(16)))
                .isEqualTo(CorrectionProcedure.DELETE_AND_REPOST);
        assertThat(procedure(CorrectionErrorType.FACTUAL, Platform.WHATSAPP_CHANNEL, Duration.ofDays(29)))
                .isEqualTo(CorrectionProcedure.EDIT_IN_PLACE);
        assertThat(procedure(CorrectionErrorType.FACTUAL, Platform.WHATSAPP_CHANNEL, Duration.ofDays(31)))
                .isEqualTo(CorrectionProcedure.DELETE_AND_REPOST);
        assertThat(procedure(CorrectionErrorType.BROKEN_LINK, Platform.FACEBOOK, Duration.ofDays(5 * 365)))
                .isEqualTo(CorrectionProcedure.EDIT_IN_PLACE);
    }

    @Test
    void shouldNameTheEndOfALimitedEditWindowAndNoneForAnUnlimitedOne() {
        Instant publishedAt = NOW.minus(Duration.ofMinutes(10));
        assertThat(Checklist.choose(CorrectionErrorType.TYPO, false, capabilities.of(Platform.X), publishedAt, NOW)
                .editableUntil()).isEqualTo(publishedAt.plus(Duration.ofHours(1)));
        assertThat(Checklist.choose(CorrectionErrorType.TYPO, false, capabilities.of(Platform.FACEBOOK), publishedAt,
                NOW).editableUntil()).isNull();
    }

    @Test
    void shouldEditAPostOfUnknownPublicationTimeOnlyWhereTheWindowIsUnlimited() {
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.FACEBOOK, null))
                .isEqualTo(CorrectionProcedure.EDIT_IN_PLACE);
        assertThat(procedure(CorrectionErrorType.TYPO, Platform.X, null))
                .isEqualTo(CorrectionProcedure.DELETE_AND_REPOST);
    }

    @Test
    void shouldListEachProceduresStepsInTheOrderTheyAreDone() {
        assertThat(Checklist.steps(CorrectionProcedure.EDIT_IN_PLACE, CorrectionErrorType.TYPO)).containsExactly(
                CorrectionStep.EDIT_POST, CorrectionStep.ADD_CORRECTION_NOTE, CorrectionStep.VERIFY_CORRECTION);
        assertThat(Checklist.steps(CorrectionProcedure.DELETE_AND_REPOST, CorrectionErrorType.WRONG_ACCOUNT))
                .containsExactly(CorrectionStep.ARCHIVE_ORIGINAL, CorrectionStep.DELETE_POST,
                        CorrectionStep.REPOST_ON_RIGHT_ACCOUNT, CorrectionStep.VERIFY_CORRECTION);
        assertThat(Checklist.steps(CorrectionProcedure.DELETE_AND_ESCALATE, CorrectionErrorType.UNAUTHORIZED_POST))
                .containsExactly(CorrectionStep.PRESERVE_EVIDENCE, CorrectionStep.DELETE_POST,
                        CorrectionStep.ESCALATE_TO_IT_OFFICERS, CorrectionStep.SECURE_ACCOUNT,
                        CorrectionStep.VERIFY_CORRECTION);
        assertThat(Checklist.steps(CorrectionProcedure.DELETE_AND_ESCALATE, CorrectionErrorType.PRIVACY_LEAK))
                .contains(CorrectionStep.INFORM_AFFECTED_PERSON).doesNotContain(CorrectionStep.SECURE_ACCOUNT);
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void shouldHaveEveryPlatformInTheCapabilityTable(Platform platform) {
        assertThat(capabilities.of(platform).text()).isNotNull();
        assertThat(capabilities.of(platform).media()).isNotNull();
    }
}
