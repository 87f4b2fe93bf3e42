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
    private static final PostureRules RULES = new PostureRules(NOW, Duration.ofDays(30));

    /** An ACTIVE account that meets every clause. */
    static AccountFacts compliant() {
        Map<ReviewKind, Instant> reviewsDue = new EnumMap<>(ReviewKind.class);
        for (ReviewKind kind : ReviewKind.values()) {
            reviewsDue.put(kind, NOW.plus(Duration.ofDays(20)));
        }
        return new AccountFacts(UUID.randomUUID(), "moh", AccountStatus.ACTIVE,
                "وزارة الصحة", "Ministry of Health", "https://moh.gov.iq", Set.of("moh.gov.iq"), true,
                "MOHIraq", "وزارة الصحة العراقية", "Iraqi Ministry of Health",
                "الحساب الرسمي لوزارة الصحة. للتواصل: info@moh.gov.iq", "social@moh.gov.iq",
                "https://www.moh.gov.iq/social", "MOH/STUDY/2026/14", "MOH/RISK/2026/3",
                NOW.minus(Duration.ofDays(60)), 2,
                List.of(new AccountFacts.HolderTraining(UUID.randomUUID(), "زينب علي", List.of())),
                true, null, NOW.minus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(80)), reviewsDue, true,
                Set.of("G6.e", "G5.5", "G4.3.l"));
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
        assertThat(failing(with(compliant(), "websiteLinkUrl", "https://MOH.gov.iq./social"))).isEmpty();
        assertThat(failing(with(compliant(), "websiteLinkUrl", "https://news.moh.gov.iq/social"))).isEmpty();
        assertThat(failing(with(compliant(), "registrationEmail", "social@MOH.gov.iq."))).isEmpty();
        assertThat(failing(with(compliant(), "websiteLinkUrl", "https://moh.gov.iq.evil.com/social")))
                .containsExactly("G3.2");
        assertThat(failing(with(compliant(), "registrationEmail", "social@fakemoh.gov.iq")))
                .containsExactly("G6.c");
    }

    static Stream<Arguments> singleGaps() {
        return Stream.of(
                gap("G3.2", f -> with(f, "websiteLinkUrl", "https://moh-fans.example.com/page")),
                gap("G4.3.k", f -> with(f, "entityHasUnitHead", false)),
                gap("G5.1", f -> with(f, "decisionRecordedAt", null)),
                gap("G5.3", f -> with(f, "needsStudyRef", " ")),
                gap("G5.5", f -> with(f, "attestedClauses", Set.of("G6.e", "G4.3.l"))),
                gap("G5.6", f -> with(f, "riskAnalysisRef", null)),
                gap("G4.3.l", f -> with(f, "attestedClauses", Set.of("G6.e", "G5.5"))),
                gap("G6.a", f -> with(f, "adminHolders", 0)),
                gap("G6.b", f -> with(f, "twoFactorOnGovernmentDevice", false)),
                gap("G6.c", f -> with(f, "registrationEmail", "minister.office@gmail.com")),
                gap("G6.d", f -> with(with(with(f, "displayNameAr", "صفحة الأخبار اليومية"), "displayNameEn",
                        "Daily News"), "handle", "dailynews")),
                gap("G6.e", f -> with(f, "attestedClauses", Set.of("G5.5", "G4.3.l"))),
                gap("G6.g", f -> with(f, "passwordRotationDueAt", NOW.minus(Duration.ofDays(1)))),
                gap("G6.h", f -> with(f, "reviewDueAt", Map.of(ReviewKind.SETTINGS, NOW.plus(Duration.ofDays(1)),
                        ReviewKind.ROLE_HOLDERS, NOW.plus(Duration.ofDays(1))))),
                gap("G6.h2", f -> with(f, "lastUnknownDeviceSession", NOW.minus(Duration.ofDays(3)))),
                gap("G6.i", f -> with(f, "bio", "للتواصل مع المدير: ٠٧٧٠١٢٣٤٥٦٧")),
                gap("G6.k", f -> with(f, "verified", false)),
                gap("G7.6", f -> with(f, "repliers", List.of(new AccountFacts.HolderTraining(UUID.randomUUID(),
                        "أحمد كريم", List.of("BIAS"))))));
    }

    private static Arguments gap(String clause, UnaryOperator<AccountFacts> change) {
        return Arguments.of(clause, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("singleGaps")
    void shouldFailExactlyTheClauseOfASingleGap(String clause, UnaryOperator<AccountFacts> change) {
        assertThat(failing(change.apply(compliant()))).containsExactly(clause);
    }

    @Test
    void shouldFailG6fAndG6gWhenNoPasswordWasEverSet() {
        AccountFacts facts = with(with(compliant(), "lastPasswordRotation", null), "passwordRotationDueAt", null);
        assertThat(failing(facts)).containsExactly("G6.f", "G6.g");
    }

    @Test
    void shouldNotJudgeRunningControlsOfAnAccountThatIsNotLiveYet() {
        AccountFacts proposed = with(with(compliant(), "status", AccountStatus.PROPOSED), "verified", false);
        for (GuidelineControl control : List.of(GuidelineControl.G6_G, GuidelineControl.G6_H, GuidelineControl.G6_H2,
                GuidelineControl.G6_K)) {
            assertThat(control.evaluate(proposed, RULES).status()).isEqualTo(ControlStatus.NOT_APPLICABLE);
        }
    }

    @Test
    void shouldPassASingleAdminButSayASecondIsWanted() {
        ControlOutcome outcome = GuidelineControl.G6_A.evaluate(with(compliant(), "adminHolders", 1), RULES);
        assertThat(outcome.status()).isEqualTo(ControlStatus.PASS);
        assertThat(outcome.detailKey()).isEqualTo("posture.G6.a.single-admin");
    }

    @Test
    void shouldAcceptOfficialContactsAndLandlinesInTheProfile() {
        AccountFacts facts = with(compliant(), "bio", "هاتف الطوارئ 122 - البدالة ‎+964 1 234 5678 - info@moh.gov.iq");
        assertThat(GuidelineControl.G6_I.evaluate(facts, RULES).status()).isEqualTo(ControlStatus.PASS);
    }

    @Test
    void shouldFindTheEntityInAnArabicNameWrittenWithOtherLetterForms() {
        AccountFacts facts = with(with(with(compliant(), "displayNameAr", "وزاره الصحه - العراق"), "displayNameEn",
                null), "handle", "health_iq");
        assertThat(GuidelineControl.G6_D.evaluate(facts, RULES).status()).isEqualTo(ControlStatus.PASS);
    }

    /** A copy of the facts with one component replaced, by name, so each test reads as the gap it makes. */
    static AccountFacts with(AccountFacts facts, String component, Object value) {
        var components = AccountFacts.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    values[i] = value;
                    found = true;
                } else {
                    values[i] = components[i].getAccessor().invoke(facts);
                }
            }
            if (!found) {
                throw new IllegalArgumentException("AccountFacts has no component " + component);
            }
            return AccountFacts.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
