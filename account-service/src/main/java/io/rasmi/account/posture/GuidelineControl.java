package io.rasmi.account.posture;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import io.rasmi.account.entities.HandlePattern;
import io.rasmi.events.ReviewKind;
import io.rasmi.text.ComparableName;
import io.rasmi.platform.web.DomainNames;
import io.rasmi.text.TextNormalizer;
import io.rasmi.text.personaldata.PersonalDataKind;
import io.rasmi.text.personaldata.PersonalDataScanner;

/**
 * The guideline as checks: one constant per clause that software can judge for an official account, each a pure
 * function of {@link AccountFacts} and {@link PostureRules}. Titles quote the Arabic original and its English
 * rendering (CLAUSES.md).
 */
public enum GuidelineControl {

    G3_2("G3.2", "ربط الحساب بالموقع الالكتروني الرسمي للجهة", "Linked to the entity's official website") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (facts.websiteLinkUrl() == null) {
                return ControlOutcome.fail("posture.G3.2.no-link");
            }
            return sameHost(facts.websiteLinkUrl(), facts.entityWebsiteUrl())
                    ? ControlOutcome.pass("posture.G3.2.linked", facts.websiteLinkUrl())
                    : ControlOutcome.fail("posture.G3.2.off-site", facts.websiteLinkUrl());
        }
    },
    G4_3_K("G4.3.k", "وحدة فريق تواصل اجتماعي ضمن المؤسسة", "A social media unit inside the entity") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return facts.entityHasUnitHead() ? ControlOutcome.pass("posture.G4.3.k.unit")
                    : ControlOutcome.fail("posture.G4.3.k.no-head");
        }
    },
    G5_1("G5.1", "إنشاء الحساب بقرار رسمي", "Created by an official decision") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return facts.decisionRecordedAt() != null ? ControlOutcome.pass("posture.G5.1.decided")
                    : ControlOutcome.fail("posture.G5.1.no-decision");
        }
    },
    G5_3("G5.3", "دراسة تثبت الحاجة إلى الحساب", "A study that proves the need") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return present(facts.needsStudyRef()) ? ControlOutcome.pass("posture.reference", facts.needsStudyRef())
                    : ControlOutcome.missingEvidence("posture.G5.3.no-study");
        }
    },
    G5_4("G5.4", "تحديد الاهداف من إنشاء الحساب ووضع خطة لضمان استمرارية نشر المحتوى", "Objectives set, with a plan for regular posting") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (!present(facts.objectives())) {
                return ControlOutcome.fail("posture.G5.4.no-objectives");
            }
            return facts.postsPerWeek() != null && facts.postsPerWeek() > 0
                    ? ControlOutcome.pass("posture.G5.4.planned", facts.postsPerWeek())
                    : ControlOutcome.fail("posture.G5.4.no-plan");
        }
    },
    G5_5("G5.5", "توفير الموارد البشرية والمالية لاستمرارية الحساب", "People and money to keep the account going") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return attested(facts, clause());
        }
    },
    G5_6("G5.6", "تحليل المخاطر الأمنية للحساب", "A security risk analysis") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return present(facts.riskAnalysisRef()) ? ControlOutcome.pass("posture.reference", facts.riskAnalysisRef())
                    : ControlOutcome.missingEvidence("posture.G5.6.no-analysis");
        }
    },
    G4_3_L("G4.3.l", "توفير الموارد البشرية والمادية لإنشاء المحتوى والتسويق له", "People, technology and money for content") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return attested(facts, clause());
        }
    },
    G6_A("G6.a", "تحديد الصلاحيات (مدير - ناشر - مشرف)", "Permissions defined: admin, publisher, moderator") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            // The clause names three permissions; each must be held by an active member of the unit.
            List<String> missing = new ArrayList<>();
            if (facts.adminHolders() == 0) {
                missing.add("ADMIN");
            }
            if (facts.publisherHolders() == 0) {
                missing.add("PUBLISHER");
            }
            if (facts.moderatorHolders() == 0) {
                missing.add("MODERATOR");
            }
            if (!missing.isEmpty()) {
                return ControlOutcome.fail("posture.G6.a.roles-missing", String.join(", ", missing));
            }
            // Met, but with one admin the account is one absence away from being locked out.
            return facts.adminHolders() == 1 ? ControlOutcome.warn("posture.G6.a.single-admin")
                    : ControlOutcome.pass("posture.G6.a.roles-held", facts.adminHolders(), facts.publisherHolders(),
                            facts.moderatorHolders());
        }
    },
    G6_B("G6.b", "تفعيل المصادقة الثنائية بهواتف تابعة للجهة الحكومية", "Two-factor authentication on the entity's phones") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            // "Phones owned by the entity": a computer or tablet of the register does not meet it.
            return facts.twoFactorOnGovernmentPhone() ? ControlOutcome.pass("posture.G6.b.on-phone")
                    : ControlOutcome.fail("posture.G6.b.not-on-phone");
        }
    },
    G6_C("G6.c", "استخدام البريد الالكتروني الرسمي للمؤسسة", "Created with the entity's official e-mail") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return onDomains(facts.registrationEmail(), facts) ? ControlOutcome.pass("posture.G6.c.official")
                    : ControlOutcome.fail("posture.G6.c.private");
        }
    },
    G6_D("G6.d", "اسم حساب واضح له دلالة مباشرة إلى اسم المؤسسة", "A clear name that points to the entity") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            // The name must point to the entity: a display name carries one of its registered names, or the handle
            // is one of them or fits one of its handle patterns. Merely containing the entity's code is not enough.
            List<String> names = registeredNames(facts);
            boolean displayNamed = Stream.of(facts.displayNameAr(), facts.displayNameEn())
                    .filter(Objects::nonNull)
                    .anyMatch(display -> names.stream().anyMatch(name -> containment(name, display) >= NAME_MATCH));
            String handle = ComparableName.of(facts.handle()).plain();
            boolean handleNamed = facts.entityHandlePatterns().stream()
                    .anyMatch(pattern -> HandlePattern.of(pattern).matches(facts.handle()))
                    || (!handle.isEmpty() && names.stream().anyMatch(name -> ComparableName.of(name).plain()
                            .equals(handle)));
            return displayNamed || handleNamed ? ControlOutcome.pass("posture.G6.d.named")
                    : ControlOutcome.fail("posture.G6.d.not-registered");
        }
    },
    G6_E("G6.e", "استخدام شعار المؤسسة كصورة للحساب", "The entity's logo as the account's picture") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return attested(facts, clause());
        }
    },
    G6_F("G6.f", "كلمة مرور مركبة خاصة بالحساب الرسمي فقط", "A strong password used for this account only") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            // Rasmi refuses weak and shared passwords at rotation, so a recorded rotation is a passing one.
            return facts.lastPasswordRotation() != null ? ControlOutcome.pass("posture.G6.f.rotated")
                    : ControlOutcome.fail("posture.G6.f.never");
        }
    },
    G6_G("G6.g", "تغيير كلمة المرور كل ٩٠ يوماً كحد أقصى وعدم تكرارها", "Password changed every 90 days at most") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (!facts.isLive()) {
                return ControlOutcome.notApplicable("posture.not-live");
            }
            if (facts.passwordRotationDueAt() == null) {
                return ControlOutcome.fail("posture.G6.f.never");
            }
            return rules.now().isAfter(facts.passwordRotationDueAt())
                    ? ControlOutcome.fail("posture.G6.g.overdue", facts.passwordRotationDueAt())
                    : ControlOutcome.pass("posture.G6.g.due", facts.passwordRotationDueAt());
        }
    },
    G6_H("G6.h", "مراجعة الإعدادات وتصاريح الدخول بشكل مستمر", "Settings and access history reviewed") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (!facts.isLive()) {
                return ControlOutcome.notApplicable("posture.not-live");
            }
            List<String> overdue = new ArrayList<>();
            for (ReviewKind kind : ReviewKind.values()) {
                var due = facts.reviewDueAt().get(kind);
                if (due == null || rules.now().isAfter(due)) {
                    overdue.add(kind.name());
                }
            }
            return overdue.isEmpty() ? ControlOutcome.pass("posture.G6.h.reviewed")
                    : ControlOutcome.fail("posture.G6.h.overdue", String.join(", ", overdue));
        }
    },
    G6_H2("G6.h2", "الدخول إلى الحسابات الرسمية من الأجهزة الحكومية فقط", "Reached only from the entity's devices") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (!facts.isLive()) {
                return ControlOutcome.notApplicable("posture.not-live");
            }
            var from = rules.now().minus(rules.unknownDeviceWindow());
            var last = facts.lastUnknownDeviceSession();
            if (last != null && last.isAfter(from)) {
                return ControlOutcome.fail("posture.G6.h2.unknown-device", last);
            }
            // No access history in the period is no evidence that only government devices were used.
            return facts.lastAccessSession() != null && facts.lastAccessSession().isAfter(from)
                    ? ControlOutcome.pass("posture.G6.h2.known-devices")
                    : ControlOutcome.missingEvidence("posture.G6.h2.no-history", rules.unknownDeviceWindow().toDays());
        }
    },
    G6_I("G6.i", "عدم نشر أرقام هواتف شخصية أو بريد الكتروني شخصي", "No personal phone numbers or e-mail in the profile") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            List<String> found = new ArrayList<>();
            for (String text : new String[] { facts.displayNameAr(), facts.displayNameEn(), facts.bio() }) {
                // Phone numbers and private e-mail only: a profile may show a 12-digit registration number.
                PersonalDataScanner.scan(text, email -> DomainNames.isOfficialEmail(email, facts.entityDomains()))
                        .stream().filter(match -> match.kind() != PersonalDataKind.NATIONAL_ID)
                        .forEach(match -> found.add(match.written()));
            }
            return found.isEmpty() ? ControlOutcome.pass("posture.G6.i.clean")
                    : ControlOutcome.fail("posture.G6.i.personal", String.join(", ", found));
        }
    },
    G6_K("G6.k", "توثيق الحسابات الرسمية", "Verified account (badge)") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (!facts.isLive()) {
                return ControlOutcome.notApplicable("posture.not-live");
            }
            return facts.verified() ? ControlOutcome.pass("posture.G6.k.verified")
                    : ControlOutcome.fail("posture.G6.k.unverified");
        }
    },
    G6_L("G6.l", "طلب إلغاء الحسابات الزائفة التي انتحلت صفة رسمية", "Impersonating accounts reported for removal") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            var due = rules.now().minus(rules.impersonationFollowUp());
            List<Instant> stale = facts.unhandledImpersonationReports().stream()
                    .filter(reportedAt -> !reportedAt.isAfter(due)).sorted().toList();
            return stale.isEmpty() ? ControlOutcome.pass("posture.G6.l.followed-up")
                    : ControlOutcome.fail("posture.G6.l.unhandled", stale.size(), stale.get(0),
                            rules.impersonationFollowUp().toDays());
        }
    },
    G7_6("G7.6", "تعيين موظفين مدربين للرد على الجمهور", "Trained staff assigned to reply") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (facts.repliers().isEmpty()) {
                // A live account is open to the public's comments, so someone trained must be there to reply.
                return facts.isLive() ? ControlOutcome.fail("posture.G7.6.no-repliers")
                        : ControlOutcome.notApplicable("posture.not-live");
            }
            List<String> untrained = facts.repliers().stream().filter(holder -> !holder.missingTopics().isEmpty())
                    .map(holder -> holder.fullName() + " (" + String.join(", ", holder.missingTopics()) + ")")
                    .toList();
            return untrained.isEmpty() ? ControlOutcome.pass("posture.G7.6.trained")
                    : ControlOutcome.fail("posture.G7.6.untrained", String.join("; ", untrained));
        }
    };

    /** How much of the entity's name a display name must carry to "point to the entity" (G6.d). */
    static final double NAME_MATCH = 0.8;

    private final String clause;
    private final String titleAr;
    private final String titleEn;

    GuidelineControl(String clause, String titleAr, String titleEn) {
        this.clause = clause;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
    }

    abstract ControlOutcome evaluate(AccountFacts facts, PostureRules rules);

    public String clause() {
        return clause;
    }

    public String titleAr() {
        return titleAr;
    }

    public String titleEn() {
        return titleEn;
    }

    /** The share of the entity name's words that the display name carries, after Arabic-aware normalisation. */
    static double containment(String entityName, String displayName) {
        List<String> wanted = TextNormalizer.tokens(entityName);
        if (wanted.isEmpty() || displayName == null) {
            return 0;
        }
        java.util.Set<String> carried = new java.util.HashSet<>(TextNormalizer.tokens(displayName));
        return (double) wanted.stream().filter(carried::contains).count() / wanted.size();
    }

    /** The entity's official names and those its entity-admin registered, without blanks. */
    private static List<String> registeredNames(AccountFacts facts) {
        List<String> names = new ArrayList<>();
        for (String name : facts.entityNames()) {
            if (present(name)) {
                names.add(name);
            }
        }
        for (String name : new String[] { facts.entityNameAr(), facts.entityNameEn() }) {
            if (present(name) && !names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    private static ControlOutcome attested(AccountFacts facts, String clause) {
        return facts.attestedClauses().contains(clause) ? ControlOutcome.pass("posture.attested")
                : ControlOutcome.missingEvidence("posture.not-attested");
    }

    private static boolean onDomains(String email, AccountFacts facts) {
        return DomainNames.isEmailWithin(email, facts.entityDomains());
    }

    private static boolean sameHost(String url, String website) {
        return url != null && website != null && DomainNames.isOnSite(url, website);
    }
}
