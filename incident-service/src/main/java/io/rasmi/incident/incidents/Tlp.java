package io.rasmi.incident.incidents;

/**
 * The Traffic Light Protocol 2.0 marking of an incident: how far the CERT and the entity may share it. AMBER (the
 * recipient's organisation and its clients) unless the reporter chose otherwise. Each level carries the STIX
 * marking-definition OASIS publishes for it (extension {@value #EXTENSION_ID}); their ids and creation time are fixed
 * by that publication, so every producer names them alike.
 */
public enum Tlp {
    CLEAR("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "clear"),
    GREEN("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green"),
    AMBER("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber"),
    AMBER_STRICT("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict"),
    RED("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "red");

    public static final Tlp DEFAULT = AMBER;

    /** The TLP 2.0 marking extension of STIX 2.1. */
    public static final String EXTENSION_ID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
    /** When OASIS created the TLP 2.0 marking-definitions. */
    public static final String CREATED = "2022-10-01T00:00:00.000Z";

    private final String markingId;
    private final String level;

    Tlp(String markingId, String level) {
        this.markingId = markingId;
        this.level = level;
    }

    /** The STIX marking-definition id. */
    public String markingId() {
        return markingId;
    }

    /** The level as TLP 2.0 writes it in lower case: {@code amber+strict}. */
    public String level() {
        return level;
    }

    /** The name of the marking-definition, e.g. {@code TLP:AMBER+STRICT}. */
    public String markingName() {
        return "TLP:" + level.toUpperCase(java.util.Locale.ROOT);
    }

    /** The MISP taxonomy tag, e.g. {@code tlp:amber+strict}. */
    public String mispTag() {
        return "tlp:" + level;
    }
}
