package io.rasmi.account;

import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

/** The two demo entities, registered once through the API, and accounts to propose for them. */
public final class Fixtures {

    private Fixtures() {
    }

    public static void registerDemoEntities() {
        register("moh", "وزارة الصحة", "Ministry of Health", "https://moh.gov.iq", "moh.gov.iq");
        register("mohe", "وزارة التعليم العالي والبحث العلمي", "Ministry of Higher Education and Scientific Research",
                "https://mohesr.gov.iq", "mohesr.gov.iq");
    }

    private static void register(String code, String nameAr, String nameEn, String website, String domain) {
        Callers.platformAdmin()
                .body(Map.of("code", code, "nameAr", nameAr, "nameEn", nameEn, "kind", "MINISTRY",
                        "websiteUrl", website, "emailDomains", java.util.List.of(domain)))
                .post("/api/v1/entities")
                .then().statusCode(anyOf(is(201), is(409)));
    }

    public static String uniqueHandle() {
        return "acct_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    public static Map<String, Object> account(String handle, String email) {
        return Map.of(
                "platform", "FACEBOOK",
                "handle", handle,
                "profileUrl", "https://www.facebook.com/" + handle,
                "displayNameAr", "وزارة الصحة العراقية",
                "displayNameEn", "Iraqi Ministry of Health",
                "registrationEmail", email);
    }

    public static String proposeAccount(String entity) {
        String domain = entity.equals("moh") ? "moh.gov.iq" : "mohesr.gov.iq";
        return Callers.entityAdmin(entity).body(account(uniqueHandle(), "social@" + domain))
                .post("/api/v1/accounts")
                .then().statusCode(201).extract().path("id");
    }
}
