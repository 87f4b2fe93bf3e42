package io.rasmi.kpi.observations;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;

import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Checked lines streamed into the batch's staging table with the driver's COPY, a buffer at a time: the batch is
 * never held whole, in the service or in the driver.
 */
final class StagingCopy {

    static final String TABLE = "kpi_staging";
    static final String CREATE = "create temporary table " + TABLE + " (line integer not null, account_id uuid not null, "
            + "metric text not null, obs_date date not null, age_bracket text, governorate text, gender text, "
            + "value numeric(20, 3) not null) on commit drop";
    private static final String COPY = "copy " + TABLE
            + " (line, account_id, metric, obs_date, age_bracket, governorate, gender, value) from stdin with (format csv)";
    private static final int FLUSH_AT = 1 << 16;

    private final CopyIn copy;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 256);

    StagingCopy(CopyManager copyManager) throws SQLException {
        this.copy = copyManager.copyIn(COPY);
    }

    /** Every value is checked before it is written, so none holds a comma, quote or line break. */
    void write(ObservationLine line) throws SQLException {
        buffer.append(line.number()).append(',')
                .append(line.accountId()).append(',')
                .append(line.metric().name()).append(',')
                .append(line.date()).append(',');
        if (line.ageBracket() != null) {
            buffer.append(line.ageBracket().code());
        }
        buffer.append(',');
        if (line.governorate() != null) {
            buffer.append(line.governorate().code());
        }
        buffer.append(',');
        if (line.gender() != null) {
            buffer.append(line.gender().name());
        }
        buffer.append(',').append(line.value().toPlainString()).append('\n');
        if (buffer.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Ends the COPY; the rows written. */
    long finish() throws SQLException {
        flush();
        return copy.endCopy();
    }

    /** Gives up the COPY after a bad line: nothing of it stays. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException ignored) {
            // The transaction is rolled back anyway.
        }
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.US_ASCII);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }
}
