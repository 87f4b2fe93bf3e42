package io.rasmi.content;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.response.ValidatableResponse;

/** Content bodies and the steps that bring an item to a state, through the API. */
public final class ContentFixtures {

    public static final UUID RESPONDER = UUID.fromString("9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d");

    /**
     * Distinct texts, one after another: two items on one account with the same text are near-duplicates (G7.4),
     * which submission refuses.
     */
    private static final List<String> BODIES = List.of(
            "تبدأ حملة التلقيح الوطنية يوم الأحد في جميع المراكز الصحية.",
            "تفتتح الوزارة مستشفى جديداً للأطفال في البصرة الأسبوع المقبل.",
            "ننصح المواطنين بشرب الماء بكثرة خلال موجة الحر الحالية.",
            "مواعيد الدوام في المراكز الصحية خلال العطلة الرسمية تبقى كما هي.",
            "أطلقت الوزارة خدمة الحجز الإلكتروني للمواعيد في مستشفيات بغداد.",
            "يوم الصحة العالمي: فحوص مجانية لضغط الدم والسكري في كل محافظة.",
            "تذكير بأهمية غسل اليدين قبل الطعام وبعده للوقاية من الأمراض.",
            "وصول شحنة جديدة من الأدوية الأساسية إلى مخازن الوزارة في نينوى.");

    private static final java.util.concurrent.atomic.AtomicInteger drafts = new java.util.concurrent.atomic.AtomicInteger();

    private ContentFixtures() {
    }

    /** A complete, valid body for these accounts, planned a day ahead. */
    public static Map<String, Object> draft(UUID... accounts) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "حملة التلقيح الوطنية");
        body.put("body", BODIES.get(Math.floorMod(drafts.getAndIncrement(), BODIES.size())));
        body.put("language", "ar");
        body.put("format", "IMAGE");
        body.put("targetAccountIds", List.of(accounts).stream().map(UUID::toString).toList());
        body.put("plannedAt", Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        body.put("campaign", false);
        body.put("paidPromotion", false);
        body.put("websiteLink", "https://moh.gov.iq/news/vaccination");
        body.put("links", List.of("https://moh.gov.iq/vaccination"));
        body.put("sources", List.of(Map.of("name", "وزارة الصحة", "url", "https://moh.gov.iq")));
        body.put("media", List.of(Map.of("kind", "IMAGE", "description", "شعار الوزارة وملصق الحملة",
                "showsPeople", false, "consentRecordRefs", List.of(), "officialPhoto", false, "includesLogo", true,
                "ownedByEntity", true)));
        body.put("interaction", Map.of("policy", "OPEN", "responderStaffIds", List.of(RESPONDER.toString())));
        return body;
    }

    /** A DRAFT of moh-publisher for these accounts; its id. */
    public static String create(String entity, Map<String, Object> body) {
        return Callers.as(entity, "publisher").body(body).post("/api/v1/content")
                .then().statusCode(201).extract().path("id");
    }

    public static ValidatableResponse submit(String entity, String id) {
        return Callers.as(entity, "publisher").post("/api/v1/content/" + id + "/submission").then();
    }

    public static String hashOf(String entity, String id) {
        return Callers.as(entity, "publisher").get("/api/v1/content/" + id).then().statusCode(200)
                .extract().path("contentHash");
    }

    public static ValidatableResponse approve(String entity, String id, String approver) {
        return Callers.person(approver, entity, "approver")
                .body(Map.of("decision", "APPROVE", "factChecked", true, "neutral", true, "contentHash",
                        hashOf(entity, id)))
                .post("/api/v1/content/" + id + "/approvals").then();
    }

    /** Created, submitted and approved by one approver; its id. */
    public static String approved(String entity, UUID... accounts) {
        String id = create(entity, draft(accounts));
        submit(entity, id).statusCode(200);
        approve(entity, id, entity + "-approver").statusCode(201);
        return id;
    }

    public static String scheduled(String entity, UUID... accounts) {
        String id = approved(entity, accounts);
        Callers.as(entity, "publisher").post("/api/v1/content/" + id + "/schedule").then().statusCode(200);
        return id;
    }
}
