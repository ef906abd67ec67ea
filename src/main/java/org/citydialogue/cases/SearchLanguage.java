package org.citydialogue.cases;

import java.util.Locale;
import org.citydialogue.tenancy.Tenant;

/**
 * How a tenant's texts are searched, from the language its staff start in ({@code default-locale}):
 * Swedish and English by PostgreSQL's own configurations (stemming, stop words); Chinese, which
 * PostgreSQL cannot segment, as tokens made by the app ({@link ChineseText}) under {@code simple}.
 */
enum SearchLanguage {
    SWEDISH("swedish", false),
    ENGLISH("english", false),
    CHINESE("simple", true);

    /** The text-search configuration; a constant, so it is safe to write into SQL. */
    final String config;
    /** Whether the app segments texts before PostgreSQL sees them. */
    final boolean segmented;

    SearchLanguage(String config, boolean segmented) {
        this.config = config;
        this.segmented = segmented;
    }

    static SearchLanguage of(Tenant tenant) {
        Locale locale = tenant.defaultLocale();
        return switch (locale == null ? "" : locale.getLanguage()) {
            case "sv" -> SWEDISH;
            case "zh" -> CHINESE;
            default -> ENGLISH;
        };
    }

    /** A text as it goes into {@code to_tsvector(config, …)}. */
    String document(String text) {
        return segmented ? ChineseText.documentTokens(text) : text;
    }

    /** A query as it goes into {@code plainto_tsquery(config, …)}. */
    String query(String text) {
        return segmented ? ChineseText.queryTokens(text) : text;
    }
}
