package io.rasmi.incident.cert;

import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.impl.NameBasedGenerator;

/**
 * Stable STIX identifiers: name-based UUIDs (RFC 4122 version 5, SHA-1), so the same incident, entity or account
 * always has the same id in every bundle, on every replica, after every restart.
 *
 * <p>Domain and relationship objects take their UUID from {@link #RASMI_NAMESPACE} and a name such as
 * {@code incident:<incident id>}. Cyber-observables follow STIX 2.1 section 2.9: the namespace
 * {@link #STIX_SCO_NAMESPACE} and the canonical JSON of their id-contributing properties, so another producer that
 * sees the same account names it alike.
 */
public final class StixIds {

    /** Rasmi's own namespace for its STIX ids. Fixed forever: changing it renames every object. */
    public static final UUID RASMI_NAMESPACE = UUID.fromString("6f1d8e3c-2b7a-4c59-9d41-3e8a5b0c7f12");
    /** The namespace STIX 2.1 fixes for deterministic cyber-observable ids. */
    public static final UUID STIX_SCO_NAMESPACE = UUID.fromString("00abedb4-aa42-466c-9c01-fed23315a9b7");

    private static final NameBasedGenerator RASMI = Generators.nameBasedGenerator(RASMI_NAMESPACE);
    private static final NameBasedGenerator SCO = Generators.nameBasedGenerator(STIX_SCO_NAMESPACE);
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private StixIds() {
    }

    /** {@code <type>--<uuid v5 of name>} in Rasmi's namespace. */
    public static String of(String type, String name) {
        return type + "--" + RASMI.generate(type + ":" + name);
    }

    /** Rasmi itself, every object's creator. */
    public static String rasmi() {
        return of("identity", "rasmi");
    }

    /** The government entity with this code. */
    public static String entity(String entityCode) {
        return of("identity", "entity:" + entityCode);
    }

    public static String incident(UUID incidentId) {
        return of("incident", incidentId.toString());
    }

    /** A user-account observable, from its id-contributing properties present (STIX 2.1, 6.16). */
    public static String userAccount(String accountType, String accountLogin) {
        TreeMap<String, String> contributing = new TreeMap<>();
        contributing.put("account_login", accountLogin);
        contributing.put("account_type", accountType);
        try {
            // Keys sorted, no whitespace, strings escaped as JSON does: the canonical form for these values.
            return "user-account--" + SCO.generate(CANONICAL.writeValueAsString(contributing));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
