package io.rasmi.kpi.observations;

/**
 * Where an audience is, by ISO 3166-2:IQ code: the 18 governorates, and the Kurdistan Region (IQ-KR) for platforms
 * that report the region as a whole rather than Erbil, Sulaymaniyah and Duhok. Halabja, a governorate by Iraqi law
 * since 2025, has no ISO 3166-2 code yet; its figures come under IQ-SU (from which it was formed) or IQ-KR until
 * ISO assigns one. Names follow the ISO entries (Arabic, then English).
 */
public enum Governorate {
    IQ_AN("IQ-AN", "الأنبار", "Al Anbar"),
    IQ_BA("IQ-BA", "البصرة", "Al Basrah"),
    IQ_MU("IQ-MU", "المثنى", "Al Muthanna"),
    IQ_QA("IQ-QA", "القادسية", "Al Qadisiyah"),
    IQ_NA("IQ-NA", "النجف", "An Najaf"),
    IQ_AR("IQ-AR", "أربيل", "Arbil"),
    IQ_SU("IQ-SU", "السليمانية", "As Sulaymaniyah"),
    IQ_BB("IQ-BB", "بابل", "Babil"),
    IQ_BG("IQ-BG", "بغداد", "Baghdad"),
    IQ_DA("IQ-DA", "دهوك", "Dahuk"),
    IQ_DQ("IQ-DQ", "ذي قار", "Dhi Qar"),
    IQ_DI("IQ-DI", "ديالى", "Diyala"),
    IQ_KA("IQ-KA", "كربلاء", "Karbala'"),
    IQ_KI("IQ-KI", "كركوك", "Kirkuk"),
    IQ_MA("IQ-MA", "ميسان", "Maysan"),
    IQ_NI("IQ-NI", "نينوى", "Ninawa"),
    IQ_SD("IQ-SD", "صلاح الدين", "Salah ad Din"),
    IQ_WA("IQ-WA", "واسط", "Wasit"),
    /** A region (Herêm-î Kurdistan), not a governorate: for figures reported for the region as a whole. */
    IQ_KR("IQ-KR", "إقليم كردستان", "Kurdistan Region");

    private final String code;
    private final String nameAr;
    private final String nameEn;

    Governorate(String code, String nameAr, String nameEn) {
        this.code = code;
        this.nameAr = nameAr;
        this.nameEn = nameEn;
    }

    public String code() {
        return code;
    }

    public String nameAr() {
        return nameAr;
    }

    public String nameEn() {
        return nameEn;
    }

    /** The governorate whose ISO 3166-2 code is {@code code} ("IQ-BG"), or null. */
    public static Governorate ofCode(String code) {
        for (Governorate governorate : values()) {
            if (governorate.code.equals(code)) {
                return governorate;
            }
        }
        return null;
    }
}
