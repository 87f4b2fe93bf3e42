package io.rasmi.console.home;

/**
 * One box of the home page: what waits (a message key of its title), how many, and where to go; {@code count} is
 * null when the service that owns it could not be reached.
 */
public record WaitingBox(String id, String title, Long count, String link) {

    public boolean available() {
        return count != null;
    }
}
