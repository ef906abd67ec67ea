package org.citydialogue.audit;

import java.util.List;

/**
 * The result of walking a tenant's audit chain. The head (last position and hash) is worth
 * keeping outside the database: rows deleted from the very end leave no gap, and only a head
 * recorded earlier shows them missing.
 */
public record AuditReport(String tenantId, long rows, long headSeq, String headHash, List<Break> breaks) {

    public enum Kind {
        /** The row's content does not match its hash: it was changed after it was written. */
        EDITED,
        /** The row's link does not match the hash of the row before it: that row was rewritten or replaced. */
        DOES_NOT_FOLLOW,
        /** Positions are missing just before this row: rows were deleted. */
        ROWS_MISSING_BEFORE,
        /** The row has no place in the chain: it was written with the chain switched off. */
        OUTSIDE_CHAIN
    }

    /** A place where the chain is broken: the row (its id and position) and what is wrong with it. */
    public record Break(long id, Long seq, Kind kind) {
    }

    public boolean intact() {
        return breaks.isEmpty();
    }

    /** The report as lines for an operator's console. */
    public List<String> lines() {
        String summary = "Audit chain of " + tenantId + ": " + rows + " rows, head #" + headSeq + " " + headHash + ", "
                + (intact() ? "intact" : breaks.size() + " break(s)");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(summary), breaks.stream()
                .map(b -> "  audit_event id " + b.id() + (b.seq() == null ? "" : " (#" + b.seq() + ")") + ": "
                        + switch (b.kind()) {
                            case EDITED -> "edited: its content no longer matches its hash";
                            case DOES_NOT_FOLLOW -> "does not follow the row before it, which was rewritten";
                            case ROWS_MISSING_BEFORE -> "rows before it were deleted";
                            case OUTSIDE_CHAIN -> "not in the chain (written with the chain switched off)";
                        })).toList();
    }
}
