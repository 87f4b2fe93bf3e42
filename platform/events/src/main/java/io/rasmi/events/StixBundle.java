package io.rasmi.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Payload of {@code io.rasmi.incident.cert-bundle.v1}: a STIX 2.1 bundle ({@value #MEDIA_TYPE}). Its objects are
 * STIX objects as JSON; their shape is STIX's, checked against the OASIS STIX 2.1 schemas by the producer's tests.
 */
public record StixBundle(String type, String id, List<ObjectNode> objects) {

    /** The media type of STIX 2.1 content. */
    public static final String MEDIA_TYPE = "application/stix+json;version=2.1";

    public StixBundle {
        objects = objects == null ? null : List.copyOf(objects);
    }
}
