package io.rasmi.incident.officers;

import java.util.UUID;

import io.rasmi.events.UnitRole;

/** Someone a breach notice goes to: an IT officer or the head of the entity's social media unit (G6.j). */
public record NoticeRecipient(UUID staffId, String fullName, String officialEmail, UnitRole unitRole) {
}
