package io.rasmi.account.lifecycle;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "NoteRequest", description = "What IT security saw or did")
public record NoteRequest(
        @Size(max = 1000) @Schema(example = "Posts at 03:00 that nobody in the unit wrote") String note) {
}
