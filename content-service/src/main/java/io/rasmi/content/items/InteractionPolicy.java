package io.rasmi.content.items;

/** Which public interaction the item allows, decided before publishing (G7.6). */
public enum InteractionPolicy {
    OPEN,
    LIMITED,
    CLOSED
}
