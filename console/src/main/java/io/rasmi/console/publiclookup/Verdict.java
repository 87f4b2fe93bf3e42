package io.rasmi.console.publiclookup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** account-service's answer to "is this account official?" ({@code VerifyAnswer} in its OpenAPI document). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Verdict(boolean official, String status, Entity entity, Account account, Warning warning,
        List<Resemblance> resembles) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entity(String code, String nameAr, String nameEn, String websiteUrl) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Account(String platform, String handle, String profileUrl, String displayNameAr,
            String displayNameEn, boolean verifiedBadge) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Warning(String ar, String en) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Resemblance(String platform, String handle, String entityCode, double similarity) {

        /** The similarity as a whole percentage, for people. */
        public long percent() {
            return Math.round(similarity * 100);
        }
    }

    public List<Resemblance> resembles() {
        return resembles == null ? List.of() : resembles;
    }

    /** Official, but its recent posts may be an intruder's (G6.j). */
    public boolean compromised() {
        return official && "COMPROMISED".equals(status);
    }
}
