package io.rasmi.account.devices;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rasmi.account.Callers;

/** Government devices of the demo entities, registered through the API. */
public final class DeviceFixtures {

    private DeviceFixtures() {
    }

    public static String uniqueTag() {
        return "TAG-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static String uniqueFingerprint() {
        return "fp-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static Map<String, Object> phone(String phoneNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "PHONE");
        body.put("assetTag", uniqueTag());
        body.put("serialNumber", "SN-" + UUID.randomUUID().toString().substring(0, 6));
        body.put("phoneNumber", phoneNumber);
        body.put("fingerprint", uniqueFingerprint());
        return body;
    }

    public static Map<String, Object> computer() {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "COMPUTER");
        body.put("assetTag", uniqueTag());
        body.put("fingerprint", uniqueFingerprint());
        return body;
    }

    /** Registers the device as the entity's admin; returns its id. */
    public static String register(String entity, Map<String, Object> body) {
        return Callers.entityAdmin(entity).body(body).post("/api/v1/devices")
                .then().statusCode(201).extract().path("id");
    }

    public static String registerPhone(String entity) {
        return register(entity, phone("0770 123 4567"));
    }

    public static void retire(String entity, String deviceId) {
        Callers.entityAdmin(entity).delete("/api/v1/devices/" + deviceId).then().statusCode(204);
    }

    public static long deviceCount() {
        return QuarkusTransaction.requiringNew().call(() -> GovernmentDevice.count());
    }
}
