package io.rasmi.incident.cert.taxii;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.rasmi.incident.cert.StixBundleView;

/** The TAXII 2.1 resources (OASIS TAXII 2.1, section 4 and 5), with their property names. */
public final class TaxiiViews {

    private TaxiiViews() {
    }

    @Schema(name = "TaxiiDiscovery")
    public record Discovery(
            @Schema(required = true) String title,
            String description,
            @JsonProperty("default") @Schema(description = "The default API root") String defaultApiRoot,
            @JsonProperty("api_roots") @Schema(required = true) List<String> apiRoots) {
    }

    @Schema(name = "TaxiiApiRoot")
    public record ApiRoot(
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) List<String> versions,
            @JsonProperty("max_content_length") @Schema(required = true) int maxContentLength) {
    }

    @Schema(name = "TaxiiCollections")
    public record Collections(@Schema(required = true) List<Collection> collections) {
    }

    @Schema(name = "TaxiiCollection")
    public record Collection(
            @Schema(required = true, format = "uuid") String id,
            @Schema(required = true) String title,
            String description,
            @JsonProperty("can_read") @Schema(required = true) boolean canRead,
            @JsonProperty("can_write") @Schema(required = true) boolean canWrite,
            @JsonProperty("media_types") List<String> mediaTypes) {
    }

    @Schema(name = "TaxiiEnvelope", description = "A page of STIX objects")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Envelope(
            @Schema(required = true, description = "Whether more objects follow this page") boolean more,
            @Schema(nullable = true, description = "Send back as next for the following page; present when more is true")
            String next,
            @Schema(required = true) List<StixBundleView.StixObjectView> objects) {
    }
}
