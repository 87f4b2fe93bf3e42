package io.rasmi.console.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** A page of a service's list ({@code {items, page, size, total}}, DESIGN.md "API conventions"). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListPage<T>(List<T> items, int page, int size, long total) {

    public List<T> items() {
        return items == null ? List.of() : items;
    }
}
