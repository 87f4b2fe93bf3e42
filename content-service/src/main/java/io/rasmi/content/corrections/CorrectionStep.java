package io.rasmi.content.corrections;

/**
 * The catalogue of correction steps (G7.5), each with its Arabic and English wording. A procedure's checklist
 * ({@link Checklist}) lists some of them in the order they are done.
 */
public enum CorrectionStep {

    PRESERVE_EVIDENCE("احفظ دليل المنشور (لقطة شاشة ورابطه ووقته) قبل حذفه",
            "Preserve evidence of the post (screenshot, link, time) before it goes"),
    ARCHIVE_ORIGINAL("احفظ نسخة من المنشور الأصلي في سجل الوحدة",
            "Keep a copy of the original post in the unit's records"),
    EDIT_POST("عدّل المنشور على المنصة", "Edit the post on the platform"),
    DELETE_POST("احذف المنشور من المنصة", "Delete the post from the platform"),
    REPOST_CORRECTED("أعد نشر المحتوى مصححاً مع إشارة إلى التصحيح", "Repost the corrected content, saying it is corrected"),
    REPOST_ON_RIGHT_ACCOUNT("انشر المحتوى على الحساب الصحيح", "Publish the content on the right account"),
    ADD_CORRECTION_NOTE("أضف ملاحظة ظاهرة بأن المنشور صُحّح", "Add a visible note that the post was corrected"),
    ESCALATE_TO_IT_OFFICERS("أبلغ مسؤولي تقنية المعلومات فوراً (G6.j)", "Tell the IT officers at once (G6.j)"),
    SECURE_ACCOUNT("أمّن الحساب: غيّر كلمة المرور وأنهِ الجلسات وراجع أصحاب الصلاحيات",
            "Secure the account: change the password, end sessions, review who holds roles"),
    INFORM_AFFECTED_PERSON("أبلغ الشخص الذي كُشفت بياناته وما اتُّخذ من إجراء (G8.5)",
            "Tell the person whose data was exposed what was done (G8.5)"),
    VERIFY_CORRECTION("تحقق من أن الحساب يعرض الآن الصورة الصحيحة", "Check that the account now shows the right thing");

    private final String titleAr;
    private final String titleEn;

    CorrectionStep(String titleAr, String titleEn) {
        this.titleAr = titleAr;
        this.titleEn = titleEn;
    }

    public String titleAr() {
        return titleAr;
    }

    public String titleEn() {
        return titleEn;
    }
}
