package io.rasmi.account.posture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

import io.rasmi.events.ReviewKind;
import io.rasmi.platform.web.DomainNames;
import io.rasmi.text.TextNormalizer;

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
            if (facts.adminHolders() == 0) {
                return ControlOutcome.fail("posture.G6.a.no-admin");
            }
            // One admin passes, but the account is then one absence away from being locked out.
            return facts.adminHolders() == 1 ? ControlOutcome.pass("posture.G6.a.single-admin")
                    : ControlOutcome.pass("posture.G6.a.admins", facts.adminHolders());
        }
    },
    G6_B("G6.b", "تفعيل المصادقة الثنائية بهواتف تابعة للجهة الحكومية", "Two-factor authentication on the entity's phones") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            return facts.twoFactorOnGovernmentDevice() ? ControlOutcome.pass("posture.G6.b.bound")
                    : ControlOutcome.fail("posture.G6.b.unbound");
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
            double arabic = containment(facts.entityNameAr(), facts.displayNameAr());
            double english = facts.displayNameEn() == null ? 0
                    : containment(facts.entityNameEn(), facts.displayNameEn());
            boolean handleNamesEntity = facts.handle().toLowerCase(Locale.ROOT)
                    .contains(facts.entityCode().toLowerCase(Locale.ROOT));
            return Math.max(arabic, english) >= NAME_MATCH || handleNamesEntity
                    ? ControlOutcome.pass("posture.G6.d.named")
                    : ControlOutcome.fail("posture.G6.d.unclear");
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
            var last = facts.lastUnknownDeviceSession();
            return last != null && last.isAfter(rules.now().minus(rules.unknownDeviceWindow()))
                    ? ControlOutcome.fail("posture.G6.h2.unknown-device", last)
                    : ControlOutcome.pass("posture.G6.h2.known-devices");
        }
    },
    G6_I("G6.i", "عدم نشر أرقام هواتف شخصية أو بريد الكتروني شخصي", "No personal phone numbers or e-mail in the profile") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            List<String> found = new ArrayList<>();
            for (String text : new String[] { facts.displayNameAr(), facts.displayNameEn(), facts.bio() }) {
                if (text == null) {
                    continue;
                }
                for (PhoneNumberMatch match : PHONES.findNumbers(text, "IQ")) {
                    if (PHONES.getNumberType(match.number()) == PhoneNumberUtil.PhoneNumberType.MOBILE) {
                        found.add(match.rawString());
                    }
                }
                Matcher email = EMAIL.matcher(text);
                while (email.find()) {
                    if (!onDomains(email.group(), facts)) {
                        found.add(email.group());
                    }
                }
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
    G7_6("G7.6", "تعيين موظفين مدربين للرد على الجمهور", "Trained staff assigned to reply") {
        @Override
        ControlOutcome evaluate(AccountFacts facts, PostureRules rules) {
            if (facts.repliers().isEmpty()) {
                return ControlOutcome.notApplicable("posture.G7.6.no-repliers");
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
    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");

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
