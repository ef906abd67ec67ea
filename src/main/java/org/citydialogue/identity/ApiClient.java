package org.citydialogue.identity;

/**
 * A system that reports residents' requests for one tenant (a city's web form, an app), as
 * registered in {@code tenants/api-clients/<tenant>.yaml}. It only ever acts for that tenant.
 *
 * @param requestsPerSecond how many requests it may make per second, on average
 */
public record ApiClient(String tenantId, String clientId, String name, int requestsPerSecond) {
}
