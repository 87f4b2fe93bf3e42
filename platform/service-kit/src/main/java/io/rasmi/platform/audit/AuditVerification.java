package io.rasmi.platform.audit;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of walking the audit chains: intact when every chain is, else the first row where any breaks; and
 * each chain (one per entity, {@code ~platform}, and {@code ~until-0.3} for rows older than kit 0.3) on its own.
 */
public record AuditVerification(boolean intact, long rowsChecked, @Schema(nullable = true) Long firstBrokenSeq,
        List<Chain> chains) {

    /** One chain: whether it holds, how many rows it has, and its first broken row. */
    public record Chain(String chain, boolean intact, long rowsChecked,
            @Schema(nullable = true) Long firstBrokenSeq) {
    }

    static AuditVerification of(List<Chain> chains) {
        long rows = chains.stream().mapToLong(Chain::rowsChecked).sum();
        Long firstBroken = chains.stream().map(Chain::firstBrokenSeq).filter(seq -> seq != null)
                .min(Long::compare).orElse(null);
        return new AuditVerification(firstBroken == null, rows, firstBroken, chains);
    }

    /** The named chain's outcome, if there is such a chain. */
    public java.util.Optional<Chain> chain(String name) {
        return chains.stream().filter(chain -> chain.chain().equals(name)).findFirst();
    }
}
