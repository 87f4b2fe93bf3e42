package io.rasmi.account.posture;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.ReviewKind;

/** The guideline as checks, on facts alone: a compliant account passes all, and each single gap fails its clause only. */
class GuidelineControlTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final PostureRules RULES = new PostureRules(NOW, Duration.ofDays(30), Duration.ofDays(7));

    /** An ACTIVE account that meets every clause. */
    static AccountFacts compliant() {
        Map<ReviewKind, Instant> reviewsDue = new EnumMap<>(ReviewKind.class);
        for (ReviewKind kind : ReviewKind.values()) {
            reviewsDue.put(kind, NOW.plus(Duration.ofDays(20)));
        }
        return AccountFacts.builder()
                .accountId(UUID.randomUUID()).entityCode("moh").status(AccountStatus.ACTIVE)
                .entityNameAr("وزارة الصحة").entityNameEn("Ministry of Health")
                .entityNames(List.of("وزارة الصحة", "Ministry of Health", "MOH Iraq"))
                .entityHandlePatterns(List.of("MOH_*", "moh.iraq"))
                .entityWebsiteUrl("https://moh.gov.iq").entityDomains(Set.of("moh.gov.iq")).entityHasUnitHead(true)
                .handle("MOHIraq").displayNameAr("وزارة الصحة العراقية").displayNameEn("Iraqi Ministry of Health")
                .bio("الحساب الرسمي لوزارة الصحة. للتواصل: info@moh.gov.iq").registrationEmail("social@moh.gov.iq")
                .websiteLinkUrl("https://www.moh.gov.iq/social").needsStudyRef("MOH/STUDY/2026/14")
                .riskAnalysisRef("MOH/RISK/2026/3")
                .objectives("Inform citizens about health services, campaigns and warnings").postsPerWeek(5)
                .decisionRecordedAt(NOW.minus(Duration.ofDays(60)))
                .adminHolders(2).publisherHolders(1).moderatorHolders(1)
                .repliers(List.of(new AccountFacts.HolderTraining(UUID.randomUUID(), "زينب علي", List.of())))
                .twoFactorOnGovernmentPhone(true)
                .lastAccessSession(NOW.minus(Duration.ofDays(2)))
                .lastPasswordRotation(NOW.minus(Duration.ofDays(10))).passwordRotationDueAt(NOW.plus(Duration.ofDays(80)))
                .reviewDueAt(reviewsDue).verified(true).attestedClauses(Set.of("G6.e", "G5.5", "G4.3.l"))
                .unhandledImpersonationReports(List.of(NOW.minus(Duration.ofDays(2))))
                .build();
    }

    private static List<String> failing(AccountFacts facts) {
        return Arrays.stream(GuidelineControl.values())
                .filter(control -> {
                    ControlStatus status = control.evaluate(facts, RULES).status();
                    return status == ControlStatus.FAIL || status == ControlStatus.MISSING_EVIDENCE;
                })
                .map(GuidelineControl::clause).toList();
    }

    @Test
    void shouldPassEveryControlForACompliantAccount() {
        assertThat(failing(compliant())).isEmpty();
        assertThat(Arrays.stream(GuidelineControl.values()).map(c -> c.evaluate(compliant(), RULES).status()))
                .containsOnly(ControlStatus.PASS);
    }

    /** G3.2 and G6.c judge hosts as registration does: a trailing dot, upper case or a subdomain is the same site. */
    @Test
    void shouldMatchHostsAndDomainsAsRegistrationDoes() {
        assertThat(failing(compliant().toBuilder().websiteLinkUrl("https://MOH.gov.iq./social").build())).isEmpty();
        assertThat(failing(compliant().toBuilder().websiteLinkUrl("https://news.moh.gov.iq/social").build())).isEmpty();
        assertThat(failing(compliant().toBuilder().registrationEmail("social@MOH.gov.iq.").build())).isEmpty();
        assertThat(failing(compliant().toBuilder().websiteLinkUrl("https://moh.gov.iq.evil.com/social").build()))
                .containsExactly("G3.2");
        assertThat(failing(compliant().toBuilder().registrationEmail("social@fakemoh.gov.iq").build()))
                .containsExactly("G6.c");
    }

    static Stream<Arguments> singleGaps() {
        return Stream.of(
                gap("G3.2", f -> f.websiteLinkUrl("https://moh-fans.example.com/page")),
                gap("G4.3.k", f -> f.entityHasUnitHead(false)),
                gap("G5.1", f -> f.decisionRecordedAt(null)),
                gap("G5.3", f -> f.needsStudyRef(" ")),
                gap("G5.4", f -> f.objectives(null)),
                gap("G5.4", f -> f.postsPerWeek(null)),
                gap("G5.5", f -> f.attestedClauses(Set.of("G6.e", "G4.3.l"))),
                gap("G5.6", f -> f.riskAnalysisRef(null)),
                gap("G4.3.l", f -> f.attestedClauses(Set.of("G6.e", "G5.5"))),
                gap("G6.a", f -> f.adminHolders(0)),
                gap("G6.a", f -> f.publisherHolders(0)),
                gap("G6.a", f -> f.moderatorHolders(0)),
                gap("G6.b", f -> f.twoFactorOnGovernmentPhone(false)),
                gap("G6.c", f -> f.registrationEmail("minister.office@gmail.com")),
                gap("G6.d", f -> f.displayNameAr("صفحة الأخبار اليومية").displayNameEn("Daily News").handle("dailynews")),
                gap("G6.e", f -> f.attestedClauses(Set.of("G5.5", "G4.3.l"))),
                gap("G6.g", f -> f.passwordRotationDueAt(NOW.minus(Duration.ofDays(1)))),
                gap("G6.h", f -> f.reviewDueAt(Map.of(ReviewKind.SETTINGS, NOW.plus(Duration.ofDays(1)),
                        ReviewKind.ROLE_HOLDERS, NOW.plus(Duration.ofDays(1))))),
                gap("G6.h2", f -> f.lastUnknownDeviceSession(NOW.minus(Duration.ofDays(3)))),
                gap("G6.h2", f -> f.lastAccessSession(null)),
                gap("G6.h2", f -> f.lastAccessSession(NOW.minus(Duration.ofDays(31)))),
                gap("G6.i", f -> f.bio("للتواصل مع المدير: ٠٧٧٠١٢٣٤٥٦٧")),
                gap("G6.k", f -> f.verified(false)),
                gap("G6.l", f -> f.unhandledImpersonationReports(List.of(NOW.minus(Duration.ofDays(8))))),
                gap("G7.6", f -> f.repliers(List.of(new AccountFacts.HolderTraining(UUID.randomUUID(),
                        "أحمد كريم", List.of("BIAS"))))),
                gap("G7.6", f -> f.repliers(List.of())));
    }

    private static Arguments gap(String clause, UnaryOperator<AccountFacts.Builder> change) {
        return Arguments.of(clause, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleGaps")
    void shouldFailExactlyTheClauseOfASingleGap(String clause, UnaryOperator<AccountFacts.Builder> change) {
        assertThat(failing(change.apply(compliant().toBuilder()).build())).containsExactly(clause);
    }

    @Test
    void shouldFailG6fAndG6gWhenNoPasswordWasEverSet() {
        AccountFacts facts = compliant().toBuilder().lastPasswordRotation(null).passwordRotationDueAt(null).build();
        assertThat(failing(facts)).containsExactly("G6.f", "G6.g");
    }

    @Test
    void shouldNotJudgeRunningControlsOfAnAccountThatIsNotLiveYet() {
        AccountFacts proposed = compliant().toBuilder().status(AccountStatus.PROPOSED).verified(false)
                .lastAccessSession(null).repliers(List.of()).build();
        for (GuidelineControl control : List.of(GuidelineControl.G6_G, GuidelineControl.G6_H, GuidelineControl.G6_H2,
                GuidelineControl.G6_K, GuidelineControl.G7_6)) {
            assertThat(control.evaluate(proposed, RULES).status()).isEqualTo(ControlStatus.NOT_APPLICABLE);
        }
    }

    @Test
    void shouldWarnOnASingleAdminWithoutFailingOrLoweringTheClause() {
        ControlOutcome outcome = GuidelineControl.G6_A.evaluate(compliant().toBuilder().adminHolders(1).build(), RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.WARN);
        assertThat(outcome.detailKey()).isEqualTo("posture.G6.a.single-admin");
    }

    @Test
    void shouldFailG6aWhenAdminsAloneHoldTheAccount() {
        AccountFacts facts = compliant().toBuilder().adminHolders(2).publisherHolders(0).moderatorHolders(0).build();
        ControlOutcome outcome = GuidelineControl.G6_A.evaluate(facts, RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.FAIL);
        assertThat(outcome.arguments()).containsExactly("PUBLISHER, MODERATOR");
    }

    @Test
    void shouldFailG6dForAHandleThatMerelyContainsTheEntityCode() {
        AccountFacts fans = compliant().toBuilder().handle("mohammed_fans").displayNameAr("محبي محمد")
                .displayNameEn("Mohammed Fans").build();
        assertThat(GuidelineControl.G6_D.evaluate(fans, RULES).status()).isEqualTo(ControlStatus.FAIL);
    }

    @Test
    void shouldPassG6dForAHandleThatFitsARegisteredPatternOrName() {
        AccountFacts.Builder unnamed = compliant().toBuilder().displayNameAr("الأخبار اليومية").displayNameEn(null);
        for (String handle : List.of("moh_iraq", "MOH_Baghdad", "Moh.Iraq", "mohiraq")) {
            assertThat(GuidelineControl.G6_D.evaluate(unnamed.handle(handle).build(), RULES).status()).as(handle)
                    .isEqualTo(ControlStatus.PASS);
        }
        for (String handle : List.of("mohxiraq", "mo_h", "xmoh_iraq", "moh-iraq2")) {
            assertThat(GuidelineControl.G6_D.evaluate(unnamed.handle(handle).build(), RULES).status()).as(handle)
                    .isEqualTo(ControlStatus.FAIL);
        }
    }

    @Test
    void shouldPassG6dForADisplayNameCarryingARegisteredNameOtherThanTheOfficialOne() {
        AccountFacts facts = compliant().toBuilder().handle("health_updates").displayNameAr("أخبار صحية")
                .displayNameEn("MOH Iraq - updates").build();
        assertThat(GuidelineControl.G6_D.evaluate(facts, RULES).status()).isEqualTo(ControlStatus.PASS);
        AccountFacts unregistered = facts.toBuilder().entityNames(List.of("وزارة الصحة", "Ministry of Health"))
                .build();
        assertThat(GuidelineControl.G6_D.evaluate(unregistered, RULES).status()).isEqualTo(ControlStatus.FAIL);
    }

    @Test
    void shouldLeaveG6h2WithoutEvidenceWhenNoAccessHistoryWasUploaded() {
        ControlOutcome outcome = GuidelineControl.G6_H2.evaluate(compliant().toBuilder().lastAccessSession(null)
                .build(), RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.MISSING_EVIDENCE);
    }

    @Test
    void shouldFailG7_6ForALiveAccountWithNobodyAssignedToReply() {
        ControlOutcome outcome = GuidelineControl.G7_6.evaluate(compliant().toBuilder().repliers(List.of()).build(),
                RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.FAIL);
    }

    @Test
    void shouldPassG6lWhileAReportIsWithinItsFollowUpPeriodOrTakenToThePlatform() {
        AccountFacts recent = compliant().toBuilder()
                .unhandledImpersonationReports(List.of(NOW.minus(Duration.ofDays(6)))).build();
        assertThat(GuidelineControl.G6_L.evaluate(recent, RULES).status()).isEqualTo(ControlStatus.PASS);
        AccountFacts stale = compliant().toBuilder().unhandledImpersonationReports(
                List.of(NOW.minus(Duration.ofDays(9)), NOW.minus(Duration.ofDays(20)))).build();
        ControlOutcome outcome = GuidelineControl.G6_L.evaluate(stale, RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.FAIL);
        assertThat(outcome.arguments()[0]).isEqualTo(2);
        assertThat(outcome.arguments()[1]).isEqualTo(NOW.minus(Duration.ofDays(20)));
    }

    @Test
    void shouldAcceptOfficialContactsAndLandlinesInTheProfile() {
        AccountFacts facts = compliant().toBuilder().bio("هاتف الطوارئ 122 - البدالة ‎+964 1 234 5678 - info@moh.gov.iq")
                .build();
        assertThat(GuidelineControl.G6_I.evaluate(facts, RULES).status()).isEqualTo(ControlStatus.PASS);
    }

    @Test
    void shouldFindTheEntityInAnArabicNameWrittenWithOtherLetterForms() {
        AccountFacts facts = compliant().toBuilder().displayNameAr("وزاره الصحه - العراق").displayNameEn(null)
                .handle("health_iq").build();
        assertThat(GuidelineControl.G6_D.evaluate(facts, RULES).status()).isEqualTo(ControlStatus.PASS);
    }
}
