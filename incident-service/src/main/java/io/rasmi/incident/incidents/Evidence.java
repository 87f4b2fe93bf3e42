package io.rasmi.incident.incidents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A piece of evidence: where it is kept (https), the SHA-256 of its bytes so it can be shown untouched, a note. */
@Embeddable
public class Evidence {

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String sha256;

    public String note;

    public Evidence() {
    }

    public Evidence(String url, String sha256, String note) {
        this.url = url;
        this.sha256 = sha256;
        this.note = note;
    }
}
