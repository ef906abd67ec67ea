package org.citydialogue.plans;

/** A document the partnership keeps elsewhere (application, reports, minutes), linked by URL. */
public record DocumentLink(long id, LocalizedText title, String url, String addedBy) {
}
