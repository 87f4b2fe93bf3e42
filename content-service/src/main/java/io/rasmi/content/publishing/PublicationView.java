package io.rasmi.content.publishing;

import java.time.Instant;
import java.util.UUID;

import io.rasmi.events.ContentState;
import io.rasmi.events.Platform;

/** A recorded publication, with the state its item is in afterwards. */
public record PublicationView(UUID id, UUID contentId, UUID accountId, Platform platform, String platformPostUrl,
        Instant publishedAt, Instant recordedAt, ContentState contentState) {

    static PublicationView of(Publication publication, ContentState contentState) {
        return new PublicationView(publication.id, publication.contentId, publication.accountId,
                publication.platform, publication.platformPostUrl, publication.publishedAt, publication.recordedAt,
                contentState);
    }
}
