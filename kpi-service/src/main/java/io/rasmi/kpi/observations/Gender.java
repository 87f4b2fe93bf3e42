package io.rasmi.kpi.observations;

/** Gender as the platforms' audience insights report it; UNKNOWN is their "unspecified". */
public enum Gender {
    FEMALE, MALE, UNKNOWN;

    public static Gender ofCode(String code) {
        for (Gender gender : values()) {
            if (gender.name().equals(code)) {
                return gender;
            }
        }
        return null;
    }
}
