package io.rasmi.content.checks;

import io.rasmi.content.items.ContentDraft;
import io.rasmi.content.items.ContentFormat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What the checks look at: the text and the facts of a draft, and what the checks need to know of its entity. The
 * content item (or the stateless endpoint) builds one with {@link #builder()}; nothing here is stored.
 */
public record DraftForChecks(
        String entity,
        UUID contentId,
        List<UUID> accountIds,
        Instant plannedAt,
        String title,
        String body,
        Language language,
        ContentFormat format,
        List<String> links,
        String websiteLink,
        List<ContentDraft.Source> sources,
        List<ContentDraft.Media> media,
        List<String> entityDomains,
        String entityWebsite) {

    public DraftForChecks {
        Objects.requireNonNull(entity, "entity");
        accountIds = accountIds == null ? List.of() : List.copyOf(accountIds);
        links = links == null ? List.of() : List.copyOf(links);
        sources = sources == null ? List.of() : List.copyOf(sources);
        media = media == null ? List.of() : List.copyOf(media);
        entityDomains = entityDomains == null ? List.of() : List.copyOf(entityDomains);
        language = language == null ? Language.AR : language;
        format = format == null ? ContentFormat.TEXT : format;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The title and the body, as one text to fingerprint. */
    String fullText() {
        return ((title == null ? "" : title) + "\n" + (body == null ? "" : body)).strip();
    }

    /** The language a post is written in. */
    public enum Language {
        @JsonProperty("ar") AR,
        @JsonProperty("ku") KU,
        @JsonProperty("en") EN
    }

    /** Builds a draft field by field; lists given as null are empty. */
    public static final class Builder {
        private String entity;
        private UUID contentId;
        private List<UUID> accountIds = new ArrayList<>();
        private Instant plannedAt;
        private String title;
        private String body;
        private Language language;
        private ContentFormat format;
        private List<String> links = new ArrayList<>();
        private String websiteLink;
        private List<ContentDraft.Source> sources = new ArrayList<>();
        private List<ContentDraft.Media> media = new ArrayList<>();
        private List<String> entityDomains = new ArrayList<>();
        private String entityWebsite;

        private Builder() {
        }

        public Builder entity(String value) {
            this.entity = value;
            return this;
        }

        /** The content item the draft is, so that it is not taken for a duplicate of itself; null for none. */
        public Builder contentId(UUID value) {
            this.contentId = value;
            return this;
        }

        public Builder accountIds(List<UUID> value) {
            this.accountIds = value;
            return this;
        }

        /** When the post is to go out; the duplicate windows are counted from it (now when null). */
        public Builder plannedAt(Instant value) {
            this.plannedAt = value;
            return this;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder body(String value) {
            this.body = value;
            return this;
        }

        /** The body alone, for a post that has no title. */
        public Builder text(String value) {
            this.body = value;
            return this;
        }

        public Builder language(Language value) {
            this.language = value;
            return this;
        }

        public Builder format(ContentFormat value) {
            this.format = value;
            return this;
        }

        public Builder links(List<String> value) {
            this.links = value;
            return this;
        }

        public Builder websiteLink(String value) {
            this.websiteLink = value;
            return this;
        }

        public Builder sources(List<ContentDraft.Source> value) {
            this.sources = value;
            return this;
        }

        public Builder media(List<ContentDraft.Media> value) {
            this.media = value;
            return this;
        }

        public Builder entityDomains(List<String> value) {
            this.entityDomains = value;
            return this;
        }

        public Builder entityWebsite(String value) {
            this.entityWebsite = value;
            return this;
        }

        public DraftForChecks build() {
            return new DraftForChecks(entity, contentId, accountIds, plannedAt, title, body, language, format, links,
                    websiteLink, sources, media, entityDomains, entityWebsite);
        }
    }
}
