package io.rasmi.incident.incidents;

/**
 * The Traffic Light Protocol 2.0 marking of an incident: how far the CERT and the entity may share it. AMBER
 * (the recipient's organisation and its clients) unless the reporter chose otherwise.
 */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    AMBER_STRICT,
    RED;

    public static final Tlp DEFAULT = AMBER;
}
