package io.rasmi.content.items;

import java.util.UUID;

import io.rasmi.content.publishing.Publication;

/** Whether anything of an item went out already: then its content is what was published and stays as it is. */
final class PublishedOn {

    private PublishedOn() {
    }

    static boolean anyOf(UUID contentId) {
        return Publication.count("contentId", contentId) > 0;
    }
}
