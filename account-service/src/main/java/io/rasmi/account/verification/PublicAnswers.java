package io.rasmi.account.verification;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.rasmi.events.AccountStatus;
import io.rasmi.events.Platform;

/** The bodies of the public lookup's answers. */
public final class PublicAnswers {

    private PublicAnswers() {
    }

    @Schema(name = "PublicEntity", description = "The government entity an official account belongs to")
    public record Entity(
            @Schema(example = "moh") String code,
            @Schema(example = "وزارة الصحة") String nameAr,
            @Schema(example = "Ministry of Health") String nameEn,
            @Schema(example = "https://moh.gov.iq") String websiteUrl) {
    }

    @Schema(name = "PublicAccount", description = "An official account as the public may see it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Account(
            @Schema(example = "FACEBOOK") Platform platform,
            @Schema(example = "MOHIraq") String handle,
            @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
            @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
            @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
            @Schema(description = "Whether the platform verified the account (G6.k)", example = "true")
            boolean verifiedBadge) {
    }

    @Schema(name = "PublicWarning", description = "What the public must know about an account, in Arabic and English")
    public record Warning(
            @Schema(example = "تعرّض هذا الحساب الرسمي للاختراق. لا تثقوا بمنشوراته الأخيرة حتى تعلن الجهة استعادته.") String ar,
            @Schema(example = "This official account has been compromised. Do not trust its recent posts until the entity announces that it has been recovered.") String en) {

        /** A compromised account's posts may be the intruder's (G6.j). */
        public static final Warning COMPROMISED = new Warning(
                "تعرّض هذا الحساب الرسمي للاختراق. لا تثقوا بمنشوراته الأخيرة حتى تعلن الجهة استعادته.",
                "This official account has been compromised. Do not trust its recent posts until the entity "
                        + "announces that it has been recovered.");

        static Warning of(AccountStatus status) {
            return status == AccountStatus.COMPROMISED ? COMPROMISED : null;
        }
    }

    @Schema(name = "Resemblance", description = "An official account that an unknown account resembles")
    public record Resemblance(
            @Schema(example = "FACEBOOK") Platform platform,
            @Schema(example = "MOHIraq") String handle,
            @Schema(example = "moh") String entityCode,
            @Schema(description = "0 to 1; 1 is the same name", example = "0.98") double similarity) {
    }

    @Schema(name = "VerifyAnswer", description = "Whether an account is an official account of an Iraqi government "
            + "entity. Official: official, status, entity, account, and a warning when it is compromised. "
            + "Not official: official false and the official accounts it resembles.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Verdict(
            @Schema(example = "true") boolean official,
            @Schema(description = "ACTIVE or COMPROMISED", example = "ACTIVE") AccountStatus status,
            Entity entity,
            Account account,
            Warning warning,
            List<Resemblance> resembles) {

        static Verdict official(AccountStatus status, Entity entity, Account account) {
            return new Verdict(true, status, entity, account, Warning.of(status), null);
        }

        static Verdict notOfficial(List<Resemblance> resembles) {
            return new Verdict(false, null, null, null, null, resembles);
        }
    }

    @Schema(name = "PublicListedAccount", description = "One of an entity's public accounts")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ListedAccount(
            @Schema(example = "FACEBOOK") Platform platform,
            @Schema(example = "MOHIraq") String handle,
            @Schema(example = "https://www.facebook.com/MOHIraq") String profileUrl,
            @Schema(example = "وزارة الصحة العراقية") String displayNameAr,
            @Schema(example = "Iraqi Ministry of Health") String displayNameEn,
            @Schema(example = "true") boolean verifiedBadge,
            @Schema(description = "ACTIVE or COMPROMISED", example = "ACTIVE") AccountStatus status,
            Warning warning) {
    }

    @Schema(name = "EntityAccounts", description = "A government entity's public official accounts (G3.3, G3.5)")
    public record EntityAccounts(Entity entity, List<ListedAccount> accounts) {
    }

    /**
     * A ready answer: its JSON, its entity tag, and what it was built from: the register's revision, and for an
     * official account the versions of that account (null otherwise).
     */
    record Prepared(byte[] body, String etag, long revision, PublicListing.Stamp stamp) {

        /**
         * Whether it was built from a later state than {@code other}: the revision is read before the state, and
         * only grows, so the answer of the higher revision saw every change the other saw.
         */
        boolean isNewerThan(Prepared other) {
            return revision > other.revision;
        }
    }
}
