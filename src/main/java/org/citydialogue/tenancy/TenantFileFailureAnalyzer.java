package org.citydialogue.tenancy;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a bad tenant file into one clear line at start-up instead of a stack trace. */
class TenantFileFailureAnalyzer extends AbstractFailureAnalyzer<TenantFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, TenantFileException cause) {
        return new FailureAnalysis("Bad tenant file: " + cause.getMessage(),
                "Correct the tenant file and start again.", null);
    }
}
