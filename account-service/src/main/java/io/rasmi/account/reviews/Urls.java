package io.rasmi.account.reviews;

final class Urls {

    /** An https URL with a host, as evidence links must be. */
    static final String HTTPS_URL = "https://[^\\s/?#]+(/[^\\s]*)?";

    private Urls() {
    }
}
