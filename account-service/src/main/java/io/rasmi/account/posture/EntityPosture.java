package io.rasmi.account.posture;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's entity: each account that is not archived, with its score and failing clauses. */
@Schema(name = "EntityPosture")
public record EntityPosture(@Schema(example = "moh") String entityCode, Instant evaluatedAt,
        List<AccountPostureSummary> accounts) {

    /** The same lines as CSV (RFC 4180), one account a row, failing clauses separated by spaces. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("accountId,platform,handle,status,score,failingClauses\r\n");
        for (AccountPostureSummary line : accounts) {
            csv.append(line.accountId()).append(',').append(line.platform()).append(',')
                    .append(quoted(line.handle())).append(',').append(line.status()).append(',')
                    .append(line.score()).append(',').append(quoted(String.join(" ", line.failingClauses())))
                    .append("\r\n");
        }
        return csv.toString();
    }

    private static String quoted(String field) {
        return '"' + field.replace("\"", "\"\"") + '"';
    }
}
