package io.rasmi.console.home;

import io.rasmi.console.web.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** What waits for a user, from each service they may ask: only the boxes their roles can call. */
@ApplicationScoped
public class WaitingWork {

    public List<WaitingBox> boxesFor(Viewer viewer) {
        return new ArrayList<>();
    }
}
