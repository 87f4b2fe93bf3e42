package io.rasmi.kpi.observations;

/** The age brackets the platforms' audience insights use (Meta, TikTok, YouTube, LinkedIn), as their codes. */
public enum AgeBracket {
    A13_17("13-17"), A18_24("18-24"), A25_34("25-34"), A35_44("35-44"), A45_54("45-54"), A55_64("55-64"), A65_PLUS("65+");

    private final String code;

    AgeBracket(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bracket written {@code code} ("18-24"), or null. */
    public static AgeBracket ofCode(String code) {
        for (AgeBracket bracket : values()) {
            if (bracket.code.equals(code)) {
                return bracket;
            }
        }
        return null;
    }
}
