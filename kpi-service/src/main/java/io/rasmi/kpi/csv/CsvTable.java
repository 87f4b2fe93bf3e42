package io.rasmi.kpi.csv;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * A table answered as CSV (RFC 4180, a header row, UTF-8) where a caller asks {@code Accept: text/csv} of an
 * operation that otherwise answers JSON: what a media director opens in a spreadsheet.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType CSV = new MediaType("text", "csv", "UTF-8");

    private static final CsvMapper MAPPER = new CsvMapper();

    private final List<String> columns;
    private final List<List<Object>> rows = new ArrayList<>();

    private CsvTable(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    public static CsvTable of(String... columns) {
        return new CsvTable(List.of(columns));
    }

    public CsvTable row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException("A row has " + columns.size() + " values");
        }
        List<Object> row = new ArrayList<>(values.length);
        for (Object value : values) {
            row.add(value == null ? "" : value.toString());
        }
        rows.add(row);
        return this;
    }

    public String text() {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        columns.forEach(schema::addColumn);
        try {
            return MAPPER.writer(schema.build()).writeValueAsString(rows);
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("A CSV answer could not be written", unwritable);
        }
    }

    /** Whether the caller prefers CSV to JSON (the first of the two its Accept header names). */
    public static boolean wanted(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(CSV) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** {@code json} as JSON, or {@code csv} as CSV when the caller asked for it. */
    public static Response answer(HttpHeaders headers, Object json, java.util.function.Supplier<CsvTable> csv) {
        if (wanted(headers)) {
            return Response.ok(csv.get().text(), CSV).build();
        }
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
