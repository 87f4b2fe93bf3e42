package io.rasmi.content.checks;

import java.util.List;

/**
 * The pre-publication checks (issue 8): one constant per check, with the clauses it enforces, its severity and its
 * Arabic and English title (CLAUSES.md). {@link ContentChecks} runs them all on a {@link DraftForChecks}; each
 * finding names its check.
 */
public enum ContentCheck {

    PERSONAL_DATA(Severity.BLOCKER, List.of("G6.i", "G8.5"),
            "عدم نشر أرقام هواتف شخصية أو بريد الكتروني شخصي أو معلومات الأشخاص دون موافقتهم",
            "No personal phone numbers, private e-mail or personal details of people"),
    LINK_NOT_OFFICIAL(Severity.BLOCKER, List.of("G7.3.e"),
            "استخدام روابط رسمية عاملة",
            "Links are https and on the entity's domains or the allow-list"),
    LINK_NOT_ANSWERING(Severity.WARNING, List.of("G7.3.e"),
            "استخدام روابط رسمية عاملة",
            "A link does not answer"),
    NO_WEBSITE_LINK(Severity.WARNING, List.of("G3.4"),
            "ربط المحتوى المنشور بالمحتوى المقابل على الموقع الرسمي",
            "No link back to the entity's website"),
    NO_LOGO(Severity.WARNING, List.of("G7.3.d"),
            "تضمين شعار الجهة في المنشورات",
            "Visual content without the entity's logo"),
    PEOPLE_WITHOUT_CONSENT(Severity.BLOCKER, List.of("G7.3.g.1"),
            "احترام خصوصية الأشخاص وعدم نشر صورهم دون علمهم وموافقتهم",
            "People shown without a consent record"),
    OFFICIAL_PHOTO_NOT_MARKED(Severity.BLOCKER, List.of("G7.3.g.2"),
            "استخدام الصور الرسمية المعتمدة للوزراء والدوائر والهيئات",
            "A photo of an official not marked as an approved official photo"),
    MEDIA_NOT_OWNED(Severity.BLOCKER, List.of("G8.3", "G8.4", "G8.6"),
            "أن يكون المحتوى ملكاً للجهة أو يذكر مصدره",
            "Media the entity does not own, with no source cited"),
    SOURCE_INCOMPLETE(Severity.WARNING, List.of("G8.6"),
            "ذكر مصدر المحتوى المأخوذ من جهة أخرى",
            "A cited source without a name or an https address"),
    SPELLING(Severity.WARNING, List.of("G7.3.c"),
            "تجنب الأخطاء اللغوية",
            "Spelling or grammar"),
    HATE_SPEECH(Severity.BLOCKER, List.of("G4.3.j"),
            "الحد من خطاب الكراهية بكل أنواعه",
            "Hate speech or an insult"),
    DUPLICATE_SAME_ACCOUNT(Severity.BLOCKER, List.of("G7.4"),
            "عدم تكرار المنشورات",
            "The same text is already scheduled or published on this account within 30 days"),
    DUPLICATE_OTHER_ACCOUNT(Severity.WARNING, List.of("G7.4"),
            "عدم تكرار المنشورات",
            "The same text is already scheduled or published on another account of the entity within 7 days");

    private final Severity severity;
    private final List<String> clauses;
    private final String titleAr;
    private final String titleEn;

    ContentCheck(Severity severity, List<String> clauses, String titleAr, String titleEn) {
        this.severity = severity;
        this.clauses = clauses;
        this.titleAr = titleAr;
        this.titleEn = titleEn;
    }

    public Severity severity() {
        return severity;
    }

    /** The first clause is the one a finding cites; the others are listed beside it. */
    public String clause() {
        return clauses.get(0);
    }

    public List<String> clauses() {
        return clauses;
    }

    public String titleAr() {
        return titleAr;
    }

    public String titleEn() {
        return titleEn;
    }
}
