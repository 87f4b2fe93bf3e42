package io.rasmi.incident.incidents;

import java.util.EnumMap;
import java.util.Map;

import io.rasmi.events.IncidentSeverity;
import io.rasmi.events.IncidentType;

/**
 * How bad an incident is when reported, from four facts. The base comes from the type:
 *
 * <pre>
 *   HIGH    ACCOUNT_COMPROMISE, UNAUTHORIZED_POST, CREDENTIAL_LEAK, DATA_LEAK   (someone else holds or speaks with the keys)
 *   MEDIUM  DEFACEMENT, IMPERSONATION, PHISHING, LOST_OR_STOLEN_DEVICE          (the state's voice is misused or at risk)
 *   LOW     DEFAMATION_CAMPAIGN, OTHER
 * </pre>
 *
 * then one step up for each that holds, at most CRITICAL:
 * <ul>
 *   <li>a named account carries the platform's verified badge: the public trusts what it says most (G6.k);</li>
 *   <li>its reach is LARGE (kpi-service's follower count, thresholds {@code incident.reach.*}); an UNKNOWN reach
 *       (no kpi figures yet) or a MODERATE one changes nothing, and SMALL takes one step down, never below LOW;</li>
 *   <li>personal data is exposed: citizens are harmed, not only the entity.</li>
 * </ul>
 * it-security may override the result with a reason, which the timeline keeps.
 */
public final class SeverityTable {

    private static final Map<IncidentType, IncidentSeverity> BASE = new EnumMap<>(IncidentType.class);

    static {
        for (IncidentType type : IncidentType.values()) {
            BASE.put(type, switch (type) {
                case ACCOUNT_COMPROMISE, UNAUTHORIZED_POST, CREDENTIAL_LEAK, DATA_LEAK -> IncidentSeverity.HIGH;
                case DEFACEMENT, IMPERSONATION, PHISHING, LOST_OR_STOLEN_DEVICE -> IncidentSeverity.MEDIUM;
                case DEFAMATION_CAMPAIGN, OTHER -> IncidentSeverity.LOW;
            });
        }
    }

    private SeverityTable() {
    }

    /** The facts the severity is computed from. */
    public record Facts(IncidentType type, boolean verifiedAccount, Reach reach, boolean personalDataExposed) {
    }

    public static IncidentSeverity base(IncidentType type) {
        return BASE.get(type);
    }

    public static IncidentSeverity severityOf(Facts facts) {
        int level = base(facts.type()).ordinal();
        if (facts.verifiedAccount()) {
            level++;
        }
        if (facts.reach() == Reach.LARGE) {
            level++;
        } else if (facts.reach() == Reach.SMALL) {
            level--;
        }
        if (facts.personalDataExposed()) {
            level++;
        }
        IncidentSeverity[] all = IncidentSeverity.values();
        return all[Math.max(0, Math.min(all.length - 1, level))];
    }
}
