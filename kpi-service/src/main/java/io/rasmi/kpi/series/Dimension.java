package io.rasmi.kpi.series;

/** A dimension a figure can be broken down by (G9.2: age, region, gender), with its column. */
public enum Dimension {
    AGE_BRACKET("ageBracket", "age_bracket"), GOVERNORATE("governorate", "governorate"), GENDER("gender", "gender");

    private final String code;
    private final String column;

    Dimension(String code, String column) {
        this.code = code;
        this.column = column;
    }

    public String code() {
        return code;
    }

    /** The column, a constant: never text from a request. */
    String column() {
        return column;
    }

    public static Dimension ofCode(String code) {
        for (Dimension dimension : values()) {
            if (dimension.code.equals(code)) {
                return dimension;
            }
        }
        return null;
    }
}
