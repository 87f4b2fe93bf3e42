package io.rasmi.console.services;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Only the total of a list answer: what a count on the home page needs (asked with {@code size=1}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Counted(long total) {
}
