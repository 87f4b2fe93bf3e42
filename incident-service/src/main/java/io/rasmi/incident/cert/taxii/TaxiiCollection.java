package io.rasmi.incident.cert.taxii;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.rasmi.incident.cert.CertFeedObject;

/**
 * The TAXII collection {@code rasmi-incidents}: every STIX object the CERT feed carried, each version once, in the
 * order they were added. Paging follows that order ({@code next} is the last row's position), so pages neither
 * overlap nor skip while objects keep arriving at the end.
 */
@ApplicationScoped
public class TaxiiCollection {

    /** The one collection's id, fixed so a client's configuration keeps working. */
    public static final String ID = "5d2f6c8e-1b4a-4f3e-9c7d-2a8b6e0f4c31";
    public static final String TITLE = "rasmi-incidents";

    /** What a page asks for; lists empty when not filtered. */
    public record Query(Instant addedAfter, Long after, int limit, List<String> ids, List<String> types,
            boolean latestOnly) {
    }

    /** The objects of one page, and whether more follow. */
    public record Page(List<CertFeedObject> objects, boolean more) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page objects(Query query) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (query.after() != null) {
            where.append(" and o.seq > :after");
            parameters.put("after", query.after());
        }
        if (query.addedAfter() != null) {
            where.append(" and o.addedAt > :addedAfter");
            parameters.put("addedAfter", query.addedAfter());
        }
        if (!query.ids().isEmpty()) {
            where.append(" and o.objectId in :ids");
            parameters.put("ids", query.ids());
        }
        if (!query.types().isEmpty()) {
            where.append(" and o.objectType in :types");
            parameters.put("types", query.types());
        }
        if (query.latestOnly()) {
            where.append(" and not exists (select 1 from CertFeedObject n where n.objectId = o.objectId"
                    + " and n.version > o.version)");
        }
        List<CertFeedObject> rows = CertFeedObject.<CertFeedObject>find("from CertFeedObject o where " + where
                + " order by o.seq", parameters).range(0, query.limit()).list();
        boolean more = rows.size() > query.limit();
        return new Page(more ? rows.subList(0, query.limit()) : rows, more);
    }
}
