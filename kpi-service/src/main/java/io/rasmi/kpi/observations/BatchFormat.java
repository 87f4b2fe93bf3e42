package io.rasmi.kpi.observations;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.databind.MappingIterator;

/**
 * The three ways a batch may be written, each read as a stream: a JSON array (a line is an item, numbered by its
 * position), NDJSON (one object per line; blank lines are skipped but counted) and CSV (RFC 4180, UTF-8, a header
 * row naming the columns accountId, date, metric, value and optionally ageBracket, governorate, gender; an empty
 * cell of a dimension is the total; the header is line 1).
 */
public enum BatchFormat {
    JSON(MediaType.APPLICATION_JSON) {
        @Override
        BatchReader reader(InputStream body) throws IOException {
            return new JsonArrayReader(JSON_MAPPER.createParser(body));
        }
    },
    NDJSON(BatchFormat.NDJSON_TYPE) {
        @Override
        BatchReader reader(InputStream body) {
            return new NdjsonReader(new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16));
        }
    },
    CSV(BatchFormat.CSV_TYPE) {
        @Override
        BatchReader reader(InputStream body) throws IOException {
            MappingIterator<String[]> rows = CSV_MAPPER.readerFor(String[].class)
                    .with(CsvParser.Feature.WRAP_AS_ARRAY)
                    .with(CsvParser.Feature.TRIM_SPACES)
                    .readValues(body);
            return new CsvReader(rows);
        }
    };

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String CSV_TYPE = "text/csv";

    // Numbers as written: 0.1 stays 0.1, never a double's neighbour.
    private static final ObjectMapper JSON_MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    private final String mediaType;

    BatchFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    abstract BatchReader reader(InputStream body) throws IOException;

    /** The format of a request's Content-Type (parameters such as charset aside). */
    public static BatchFormat of(MediaType type) {
        for (BatchFormat format : values()) {
            if (type != null && MediaType.valueOf(format.mediaType).isCompatible(type) && !type.isWildcardType()) {
                return format;
            }
        }
        return null;
    }

    private static final class JsonArrayReader implements BatchReader {

        private final JsonParser parser;
        private boolean started;
        private boolean finished;
        private int item;

        JsonArrayReader(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public RawLine next() throws IOException, BatchSyntaxError {
            if (finished) {
                return null;
            }
            try {
                if (!started) {
                    started = true;
                    if (parser.nextToken() != JsonToken.START_ARRAY) {
                        throw new BatchSyntaxError(new LineProblem(1, null, "kpi.batch.json-not-array"));
                    }
                }
                JsonToken token = parser.nextToken();
                if (token == JsonToken.END_ARRAY) {
                    finished = true;
                    if (parser.nextToken() != null) {
                        throw new BatchSyntaxError(new LineProblem(item, null, "kpi.batch.json-after-array"));
                    }
                    return null;
                }
                if (token == null) {
                    throw new BatchSyntaxError(new LineProblem(item + 1, null, "kpi.batch.json-unfinished"));
                }
                item++;
                JsonNode node = JSON_MAPPER.readTree(parser);
                return RawLine.ofJson(item, node);
            } catch (JsonProcessingException broken) {
                finished = true;
                throw new BatchSyntaxError(new LineProblem(item + 1, null, "kpi.batch.json-invalid",
                        broken.getLocation() == null ? 0 : broken.getLocation().getLineNr(),
                        broken.getLocation() == null ? 0 : broken.getLocation().getColumnNr()));
            }
        }
    }

    private static final class NdjsonReader implements BatchReader {

        private final BufferedReader lines;
        private int number;

        NdjsonReader(BufferedReader lines) {
            this.lines = lines;
        }

        @Override
        public RawLine next() throws IOException, BatchSyntaxError {
            String line;
            do {
                line = lines.readLine();
                if (line == null) {
                    return null;
                }
                number++;
            } while (line.isBlank());
            try {
                return RawLine.ofJson(number, JSON_MAPPER.readTree(line));
            } catch (JsonProcessingException broken) {
                // One broken line does not stop the others being read: each NDJSON line stands alone.
                return new RawLine(number, null, null, null, null, null, null, null,
                        List.of(new LineProblem(number, null, "kpi.line.json-invalid",
                                broken.getLocation() == null ? 0 : broken.getLocation().getColumnNr())));
            }
        }
    }

    private static final class CsvReader implements BatchReader {

        private static final List<String> REQUIRED = List.of(RawLine.ACCOUNT_ID, RawLine.DATE, RawLine.METRIC,
                RawLine.VALUE);
        private static final List<String> KNOWN = List.of(RawLine.ACCOUNT_ID, RawLine.DATE, RawLine.METRIC,
                RawLine.VALUE, RawLine.AGE_BRACKET, RawLine.GOVERNORATE, RawLine.GENDER);

        private final MappingIterator<String[]> rows;
        private int number;
        // Column index of each known field, -1 when the header lacks it.
        private int accountId = -1;
        private int date = -1;
        private int metric = -1;
        private int value = -1;
        private int ageBracket = -1;
        private int governorate = -1;
        private int gender = -1;
        private int columns;

        CsvReader(MappingIterator<String[]> rows) {
            this.rows = rows;
        }

        @Override
        public RawLine next() throws IOException, BatchSyntaxError {
            try {
                if (number == 0) {
                    readHeader();
                }
                while (rows.hasNextValue()) {
                    String[] cells = rows.nextValue();
                    number++;
                    if (cells.length == 0 || cells.length == 1 && cells[0].isEmpty()) {
                        continue;
                    }
                    if (cells.length != columns) {
                        return new RawLine(number, null, null, null, null, null, null, null,
                                List.of(new LineProblem(number, null, "kpi.line.csv-columns", cells.length, columns)));
                    }
                    return new RawLine(number, cell(cells, accountId), cell(cells, date), cell(cells, metric),
                            cell(cells, value), cell(cells, ageBracket), cell(cells, governorate), cell(cells, gender),
                            List.of());
                }
                return null;
            } catch (JsonProcessingException | RuntimeException broken) {
                // A quote left open, say: the rest cannot be read as rows.
                throw new BatchSyntaxError(new LineProblem(number + 1, null, "kpi.batch.csv-invalid"));
            }
        }

        private void readHeader() throws IOException, BatchSyntaxError {
            number = 1;
            if (!rows.hasNextValue()) {
                throw new BatchSyntaxError(new LineProblem(1, null, "kpi.batch.csv-no-header"));
            }
            String[] header = rows.nextValue();
            columns = header.length;
            Map<String, Integer> positions = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < header.length; i++) {
                String name = header[i].replace("\uFEFF", "");
                if (!KNOWN.contains(name) || positions.putIfAbsent(name, i) != null) {
                    unknown.add(name);
                }
            }
            if (!unknown.isEmpty()) {
                throw new BatchSyntaxError(new LineProblem(1, unknown.get(0), "kpi.batch.csv-unknown-column",
                        String.join(", ", KNOWN)));
            }
            for (String required : REQUIRED) {
                if (!positions.containsKey(required)) {
                    throw new BatchSyntaxError(new LineProblem(1, required, "kpi.batch.csv-missing-column"));
                }
            }
            accountId = positions.get(RawLine.ACCOUNT_ID);
            date = positions.get(RawLine.DATE);
            metric = positions.get(RawLine.METRIC);
            value = positions.get(RawLine.VALUE);
            ageBracket = positions.getOrDefault(RawLine.AGE_BRACKET, -1);
            governorate = positions.getOrDefault(RawLine.GOVERNORATE, -1);
            gender = positions.getOrDefault(RawLine.GENDER, -1);
        }

        private static String cell(String[] cells, int index) {
            if (index < 0) {
                return null;
            }
            String text = cells[index];
            return text.isEmpty() ? null : text;
        }
    }
}
