package io.rasmi.incident.notices;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** A notice's recipients in one text column, one address a line (an address cannot hold a line break). */
@Converter
public class Recipients implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> addresses) {
        return addresses == null ? "" : String.join("\n", addresses);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n"));
    }
}
