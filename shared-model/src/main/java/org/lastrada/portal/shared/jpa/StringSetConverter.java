package org.lastrada.portal.shared.jpa;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stores a small set of codes (languages, tags, target groups) in one column, sorted and comma-separated,
 * so that lists of organisations and posts load in one query without a join per row.
 */
@Converter
public class StringSetConverter implements AttributeConverter<Set<String>, String> {

    @Override
    public String convertToDatabaseColumn(Set<String> values) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        return new TreeSet<>(values).stream().collect(Collectors.joining(","));
    }

    @Override
    public Set<String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return new TreeSet<>();
        }
        SortedSet<String> values = new TreeSet<>(Arrays.asList(column.split(",")));
        values.remove("");
        return values;
    }
}
