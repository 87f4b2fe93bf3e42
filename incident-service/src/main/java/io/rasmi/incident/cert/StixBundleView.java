package io.rasmi.incident.cert;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For the API document only: the frame of a STIX 2.1 bundle (the objects follow the OASIS STIX 2.1 schemas). */
@Schema(name = "StixBundle", description = "A STIX 2.1 bundle (https://docs.oasis-open.org/cti/stix/v2.1/): the entity's "
        + "and Rasmi's identities, the incident with the incident-core extension and its extension-definition, the "
        + "TLP 2.0 marking-definition, user-account observables with their relationships, and for an impersonation "
        + "a threat-actor that impersonates the entity")
public record StixBundleView(
        @Schema(required = true, enumeration = "bundle") String type,
        @Schema(required = true, pattern = "^bundle--[0-9a-f-]{36}$") String id,
        @Schema(required = true, minItems = 1) List<StixObjectView> objects) {

    /** The properties every STIX object has; each type adds its own. */
    @Schema(name = "StixObject", description = "A STIX 2.1 object; its other properties are those of its type",
            additionalProperties = Schema.True.class)
    public record StixObjectView(
            @Schema(required = true, examples = "incident") String type,
            @Schema(required = true, examples = "incident--b7d29b2a-766d-5934-aa76-d9ca79acc625") String id) {
    }
}
